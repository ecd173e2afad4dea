import VietnameseText
import Yams
/// Schedule model, validation and the pure planner (see `Planner`).
public enum BroadcastPlanModule {}
