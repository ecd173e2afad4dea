import BroadcastPlan
import Foundation
import LoaStudio

/// Draws render progress: a bar with count and ETA on a terminal, one plain line per program
/// otherwise (logs, cron).
final class ProgressBar {
  private let interactive: Bool
  private let startedAt = Date()
  private var lastWidth = 0

  /// Creates a progress display; `interactive` when stdout is a terminal.
  init(interactive: Bool = Terminal.isInteractive) {
    self.interactive = interactive
  }

  /// Shows one render event.
  func show(_ event: RenderEvent) {
    switch event {
    case .waiting(let message):
      FileHandle.standardError.write(Data("\(message)\n".utf8))
    case .started(let bulletins, let programs):
      line("Cần tổng hợp \(bulletins) đoạn đọc, tạo \(programs) chương trình.")
    case .synthesized(let done, let total, let title):
      if interactive {
        redraw(done: done, total: total, label: "Tổng hợp giọng đọc: \(title)")
      }
    case .program(let done, let total, let file, let seconds, let outcome):
      let status = outcome == .rendered ? "đã tạo" : "không đổi, giữ nguyên"
      if interactive {
        redraw(done: done, total: total, label: "\(file) (\(status))")
        if done == total { finishLine() }
      } else {
        print("[\(done)/\(total)] \(file)  \(ClockText.duration(seconds))  \(status)")
      }
    }
  }

  private func redraw(done: Int, total: Int, label: String) {
    let width = 24
    let filled = total == 0 ? width : width * done / total
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    let elapsed = Date().timeIntervalSince(startedAt)
    let eta =
      done == 0 ? "--:--" : ClockText.duration(elapsed / Double(done) * Double(total - done))
    var text = "\r\(bar) \(done)/\(total)  còn \(eta)  \(label)"
    let visible = text.count
    if visible < lastWidth { text += String(repeating: " ", count: lastWidth - visible) }
    lastWidth = visible
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  private func finishLine() {
    FileHandle.standardOutput.write(Data("\n".utf8))
    lastWidth = 0
  }

  private func line(_ text: String) {
    print(text)
  }
}
