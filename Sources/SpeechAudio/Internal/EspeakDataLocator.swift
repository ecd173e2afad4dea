import Foundation

/// Finds the espeak-ng data folder before espeak-ng itself looks (which would print and exit).
///
/// Order: `ESPEAK_DATA_PATH` (strict: when set, the data must be there), `$HOME/espeak-ng-data`,
/// then the folder beside the loaded library and the usual install locations.
enum EspeakDataLocator {
  /// The data folder to pass to `espeak_Initialize`.
  static func locate() throws -> String {
    let environment = ProcessInfo.processInfo.environment
    if let explicit = environment["ESPEAK_DATA_PATH"], !explicit.isEmpty {
      let candidates = [explicit + "/espeak-ng-data", explicit]
      if let found = candidates.first(where: hasData) { return found }
      throw SpeechAudioError.engineDataMissing(searched: [explicit])
    }
    var candidates: [String] = []
    if let home = environment["HOME"] { candidates.append(home + "/espeak-ng-data") }
    if let libraryFolder = libraryFolder() { candidates.append(libraryFolder + "/espeak-ng-data") }
    candidates += [
      "/usr/lib/x86_64-linux-gnu/espeak-ng-data", "/usr/lib/aarch64-linux-gnu/espeak-ng-data",
      "/usr/share/espeak-ng-data", "/usr/local/share/espeak-ng-data", "/usr/lib/espeak-ng-data",
      "/opt/homebrew/share/espeak-ng-data",
    ]
    if let found = candidates.first(where: hasData) { return found }
    throw SpeechAudioError.engineDataMissing(searched: Array(candidates.dropFirst()))
  }

  /// Whether `folder` holds espeak-ng's compiled phoneme table.
  private static func hasData(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: folder + "/phontab")
  }

  /// The folder of the loaded libespeak-ng shared library (from `/proc/self/maps` on Linux).
  private static func libraryFolder() -> String? {
    guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else {
      return nil
    }
    for line in maps.split(separator: "\n") where line.contains("libespeak-ng") {
      guard let slash = line.firstIndex(of: "/") else { continue }
      return (String(line[slash...]) as NSString).deletingLastPathComponent
    }
    return nil
  }
}
