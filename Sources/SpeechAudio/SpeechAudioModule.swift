import CEspeakNG
import CSndFile
import CSoxr
import CEbur128
/// espeak-ng synthesis, DSP and audio files (see `Synthesizer`).
public enum SpeechAudioModule {}
