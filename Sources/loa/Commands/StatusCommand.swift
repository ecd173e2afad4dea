import ArgumentParser
import BroadcastPlan
import Foundation
import LoaAir
import LoaStudio

/// `loa status [--out DIR] [--format text|json]`: on air now, the next program, the last airings.
struct StatusCommand: AsyncParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json
  }

  static let configuration = CommandConfiguration(
    commandName: "status", abstract: "Xem đang phát gì, chương trình tiếp theo và nhật ký gần đây.")

  @Option(name: .long, help: "Thư mục kết quả.")
  var out: String = "out"

  @Option(name: .long, help: "Định dạng.")
  var format: Format = .text

  func run() async throws {
    let status = try StationStatus.read(
      output: OutputFolder(URL(fileURLWithPath: out)), now: CommandClock.make().now())
    switch format {
    case .json: print(status.json, terminator: "")
    case .text: print(Self.text(status), terminator: "")
    }
  }

  static func text(_ status: StationStatus) -> String {
    var lines = ["Bây giờ: \(status.now)"]
    if let onAir = status.onAir {
      lines.append("Đang phát: \(onAir.file) (\(Int(onAir.playedSeconds)) giây đã phát)")
    } else {
      lines.append("Đang phát: không")
    }
    if let next = status.next {
      lines.append("Tiếp theo: \(next.file) lúc \(next.startsAt)")
    } else {
      lines.append("Tiếp theo: chưa có chương trình nào được tạo")
    }
    lines.append("Lần phát gần đây:")
    for airing in status.airings {
      lines.append(
        "  \(airing.scheduledAt)  \(airing.slot)  \(airing.status.rawValue)  "
          + "\(Int(airing.playedSeconds)) giây  \(airing.file)\(airing.note.isEmpty ? "" : "  (\(airing.note))")"
      )
    }
    if status.airings.isEmpty { lines.append("  (chưa có)") }
    return lines.joined(separator: "\n") + "\n"
  }
}
