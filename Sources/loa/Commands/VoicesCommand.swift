import ArgumentParser
import LoaStudio
import SpeechAudio

/// `loa voices`: the installed voices, Vietnamese ones first with their regions.
struct VoicesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "voices", abstract: "Liệt kê các giọng đọc (giọng tiếng Việt trước).")

  func run() async throws {
    let voices = try Speaker().voices()
    let vietnamese = voices.filter(\.isVietnamese)
    let others = voices.filter { !$0.isVietnamese }
    print("Giọng tiếng Việt:")
    for voice in vietnamese {
      let region = voice.regionName.map { " — \($0)" } ?? ""
      print("  \(voice.name.padding(toLength: 18, withPad: " ", startingAt: 0))\(region)")
    }
    if !others.isEmpty {
      print("Các giọng khác (\(others.count)):")
      for voice in others {
        print(
          "  \(voice.name.padding(toLength: 18, withPad: " ", startingAt: 0))\(voice.identifier)")
      }
    }
  }
}
