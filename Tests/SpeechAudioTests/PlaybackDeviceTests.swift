import SpeechAudio
import Testing

/// `--device` values parsed as a pure value.
@Suite struct PlaybackDeviceTests {
  @Test(
    "--device values: none, ALSA names, and what is not a name",
    arguments: [
      ("none", "none"), (" NONE ", "none"), ("default", "default"), ("hw:0,0", "hw:0,0"),
      ("plughw:CARD=Device,DEV=0", "plughw:CARD=Device,DEV=0"),
    ])
  func devices(text: String, expected: String) throws {
    let device = try PlaybackDevice(text)
    #expect(device.description == expected)
    #expect((device == .none) == (expected == "none"))
  }

  @Test("An empty or spaced device name is invalidDevice", arguments: ["", "  ", "hw 0"])
  func badDevices(text: String) {
    #expect(throws: PlayoutError.invalidDevice(text)) { try PlaybackDevice(text) }
  }

  @Test("PlaybackDevice.none opens a NullOutput")
  func opensNull() throws {
    let output = try PlaybackDevice.none.open(sampleRate: 22_050)
    #expect(output is NullOutput && output.name == "none")
  }
}
