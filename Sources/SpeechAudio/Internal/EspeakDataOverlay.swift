import Foundation

/// An espeak-ng data folder owned by Loa: symbolic links to every entry of the system's data,
/// plus the project's own voice variants in `voices/!v/`.
///
/// The system's data is only read. The overlay lives under the user's cache
/// (`$XDG_CACHE_HOME/loa` or `~/.cache/loa`, else the temporary folder), in a folder named after
/// the system folder and its listing, so a new espeak-ng package gets a new overlay. It is built
/// beside its final name and renamed into place, and every variant file is written to a
/// temporary name and renamed, so processes that build it at the same time never see half of it.
struct EspeakDataOverlay {
  /// The overlay folder, to pass to `espeak_Initialize`.
  let path: String
  /// The system data folder it mirrors.
  let systemPath: String

  /// The overlay for `systemPath`, built if it does not exist yet.
  static func prepare(mirroring systemPath: String) throws -> EspeakDataOverlay {
    let files = FileManager.default
    let top = try files.contentsOfDirectory(atPath: systemPath).sorted()
    let voices = try files.contentsOfDirectory(atPath: systemPath + "/voices").sorted()
    let variants = try files.contentsOfDirectory(atPath: systemPath + "/voices/!v").sorted()
    let listing =
      [systemPath, top.joined(separator: "/"), voices.joined(separator: "/")]
      + variants
    let name = "espeak-ng-data-" + VoiceVariant.stableHash(listing.joined(separator: "\n"))
    for base in cacheFolders() {
      let path = base + "/" + name
      if files.fileExists(atPath: path + "/phontab") {
        return EspeakDataOverlay(path: path, systemPath: systemPath)
      }
      do {
        try build(at: path, systemPath: systemPath, top: top, voices: voices, variants: variants)
        return EspeakDataOverlay(path: path, systemPath: systemPath)
      } catch {
        continue  // an unwritable cache folder: try the next place
      }
    }
    throw SpeechAudioError.engineFailed("không tạo được thư mục dữ liệu giọng đọc tạm")
  }

  /// Writes `variant`'s file into `voices/!v/` unless it is there; a no-op for espeak-ng's own.
  func install(_ variant: VoiceVariant) throws {
    guard let contents = variant.contents else { return }
    let target = path + "/voices/!v/" + variant.fileName
    if FileManager.default.fileExists(atPath: target) { return }
    let temporary = target + ".\(getpid()).tmp"
    guard FileManager.default.createFile(atPath: temporary, contents: Data(contents.utf8)),
      rename(temporary, target) == 0
    else {
      unlink(temporary)
      throw SpeechAudioError.engineFailed("không ghi được biến thể giọng '\(variant.name)'")
    }
  }

  /// Where overlays may live, best first.
  private static func cacheFolders() -> [String] {
    let environment = ProcessInfo.processInfo.environment
    var folders: [String] = []
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      folders.append(cache + "/loa")
    } else if let home = environment["HOME"], !home.isEmpty {
      folders.append(home + "/.cache/loa")
    }
    folders.append(NSTemporaryDirectory() + "loa-\(getuid())")
    return folders
  }

  /// Builds the overlay in a temporary folder beside `path`, then renames it into place.
  private static func build(
    at path: String, systemPath: String, top: [String], voices: [String], variants: [String]
  ) throws {
    let files = FileManager.default
    let parent = (path as NSString).deletingLastPathComponent
    try files.createDirectory(atPath: parent, withIntermediateDirectories: true)
    let staging = path + ".\(getpid()).building"
    try? files.removeItem(atPath: staging)
    defer { try? files.removeItem(atPath: staging) }
    try files.createDirectory(atPath: staging + "/voices/!v", withIntermediateDirectories: true)
    for entry in top where entry != "voices" {
      try files.createSymbolicLink(
        atPath: staging + "/" + entry, withDestinationPath: systemPath + "/" + entry)
    }
    for entry in voices where entry != "!v" {
      try files.createSymbolicLink(
        atPath: staging + "/voices/" + entry,
        withDestinationPath: systemPath + "/voices/" + entry)
    }
    for entry in variants {
      try files.createSymbolicLink(
        atPath: staging + "/voices/!v/" + entry,
        withDestinationPath: systemPath + "/voices/!v/" + entry)
    }
    // Another process may have finished first: its overlay is identical, keep it.
    if rename(staging, path) != 0, !files.fileExists(atPath: path + "/phontab") {
      throw SpeechAudioError.engineFailed("không tạo được thư mục dữ liệu giọng đọc tạm")
    }
  }
}
