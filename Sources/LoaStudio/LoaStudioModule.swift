import BroadcastPlan
import GRDB
import SpeechAudio
/// Render pipeline, audio cache, manifest, as-run log and reports (see `Studio`).
public enum LoaStudioModule {}
