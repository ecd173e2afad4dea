import ArgumentParser
import BroadcastPlan
import LoaStudio

// The fixed-value options are enums, so `--help` lists their values and shell completions know
// them; a wrong value is reported in Vietnamese by `ArgumentMessage`.

extension PlanFormat: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}
