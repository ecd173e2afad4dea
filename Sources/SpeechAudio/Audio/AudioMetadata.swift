/// Text fields written into an audio file (libsndfile string fields: RIFF INFO, Vorbis comments,
/// ID3), such as the machine-readable "AI-synthesised" label the AI Law (Art. 11) requires.
public struct AudioMetadata: Sendable, Hashable {
  /// The title (e.g. the bulletin or program name).
  public var title: String?
  /// Who made it (e.g. the station).
  public var artist: String?
  /// A comment: Loa puts the AI-synthesised-speech label here.
  public var comment: String?
  /// The software that produced the file.
  public var software: String?
  /// The date, `YYYY-MM-DD`.
  public var date: String?

  /// The label Loa writes into synthesised audio (AI Law 134/2025/QH15, Art. 11).
  public static let aiLabel =
    "Giọng nói tổng hợp bằng trí tuệ nhân tạo (espeak-ng) — nội dung do AI tạo ra "
    + "(Luật Trí tuệ nhân tạo, Điều 11)."

  /// Creates metadata; every field is optional.
  public init(
    title: String? = nil, artist: String? = nil, comment: String? = nil, software: String? = nil,
    date: String? = nil
  ) {
    self.title = title
    self.artist = artist
    self.comment = comment
    self.software = software
    self.date = date
  }
}
