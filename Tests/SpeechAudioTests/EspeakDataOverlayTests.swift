import Foundation
import LoaTestSupport
import Testing

@testable import SpeechAudio

/// Loa's espeak-ng data overlay adds the project's variants without touching the system's data.
@Suite("espeak-ng data overlay", .serialized)
struct EspeakDataOverlayTests {
  /// Every path under `folder` (symbolic links not followed) with its modification time.
  static func listing(_ folder: String) -> [String: Date] {
    var result: [String: Date] = [:]
    let manager = FileManager.default
    guard let walker = manager.enumerator(atPath: folder) else { return result }
    while let path = walker.nextObject() as? String {
      let attributes = try? manager.attributesOfItem(atPath: folder + "/" + path)
      result[path] = attributes?[.modificationDate] as? Date ?? .distantPast
    }
    return result
  }

  @Test("synthesising with a project variant leaves the system's data exactly as it was")
  func systemUntouched() throws {
    let system = try EspeakDataLocator.locate()
    let before = Self.listing(system)
    #expect(!before.isEmpty)
    let variant = VoiceVariant(
      name: "overlay-test", contents: "language variant\nname t\n\nformant 2 105 100 100\n")
    _ = try VoiceSettingsEngineTests.render(VoiceSettings(variant: variant))
    #expect(Self.listing(system) == before)
    #expect(!FileManager.default.fileExists(atPath: system + "/voices/!v/" + variant.fileName))

    let overlay = try #require(Synthesizer.shared.dataPath)
    let resolvedSystem = URL(fileURLWithPath: system).resolvingSymlinksInPath().path
    #expect(!overlay.hasPrefix(system) && !overlay.hasPrefix(resolvedSystem))
    let installed = overlay + "/voices/!v/" + variant.fileName
    #expect(try String(contentsOfFile: installed, encoding: .utf8) == variant.contents)
    let links = try FileManager.default.destinationOfSymbolicLink(atPath: overlay + "/phontab")
    #expect(links == system + "/phontab")
  }

  @Test("the overlay mirrors every system entry and every espeak-ng variant")
  func mirrors() throws {
    let system = try EspeakDataLocator.locate()
    let overlay = try EspeakDataOverlay.prepare(mirroring: system)
    let manager = FileManager.default
    let top = try manager.contentsOfDirectory(atPath: system)
    #expect(Set(try manager.contentsOfDirectory(atPath: overlay.path)).isSuperset(of: top))
    let variants = try manager.contentsOfDirectory(atPath: system + "/voices/!v")
    let mirrored = try manager.contentsOfDirectory(atPath: overlay.path + "/voices/!v")
    #expect(Set(mirrored).isSuperset(of: variants))
  }
}
