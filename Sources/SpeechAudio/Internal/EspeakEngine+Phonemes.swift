import CEspeakNG

extension EspeakEngine.Session {
  /// espeak-ng's phoneme mnemonics for `text` (UTF-8), clause after clause, with the current
  /// voice; a language switch shows as a `(en)`-style marker.
  func phonemes(_ text: String) -> String {
    var result: [String] = []
    text.withCString { start in
      var cursor: UnsafeRawPointer? = UnsafeRawPointer(start)
      while let current = cursor, current.load(as: UInt8.self) != 0 {
        guard let clause = espeak_TextToPhonemes(&cursor, espeakCHARS_UTF8, 0) else { break }
        result.append(String(cString: clause))
      }
    }
    return result.joined(separator: " ")
  }
}
