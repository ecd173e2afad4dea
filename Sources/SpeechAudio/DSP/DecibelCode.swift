import Foundation

/// Levels kept in two bytes: hundredths of a decibel above −300 dB (0.01 dB steps).
///
/// The limiter stores one level per block for a whole program; two bytes instead of four
/// halve that memory, and whole hundredths make its gain arithmetic exact integer steps.
enum DecibelCode {
  /// Code of 0 dB (amplitude 1).
  static let unity = 30_000

  /// Amplitude of every code.
  private static let amplitudes: [Float] = (0...Int(UInt16.max)).map {
    Float(pow(10, (Double($0 - unity) / 100) / 20))
  }

  /// The amplitude a code stands for.
  @inline(__always)
  static func amplitude(_ code: UInt16) -> Float {
    amplitudes[Int(code)]
  }

  /// The code of `amplitude`, rounded up (never under the true level) or to the nearest step.
  static func code(_ amplitude: Float, roundingUp: Bool) -> UInt16 {
    guard amplitude > 0 else { return 0 }
    let steps = (20 * log10(Double(amplitude)) * 100)
    let rounded = roundingUp ? steps.rounded(.up) : steps.rounded()
    return UInt16(clamping: Int(rounded) + unity)
  }
}
