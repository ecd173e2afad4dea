extension ScheduleValidator {
  /// AI Law Art. 11: listeners must be told that the voice is AI-generated. Warns when neither
  /// the opening nor the closing says so while some item is synthesised.
  func checkDisclosure() -> [Diagnostic] {
    guard scripts.scripts.values.contains(where: isSynthesised) else { return [] }
    guard !AIDisclosure.isStated(in: schedule.opening), !AIDisclosure.isStated(in: schedule.closing)
    else { return [] }
    let location = schedule.openingLocation ?? schedule.closingLocation ?? scheduleStart
    return [
      Diagnostic(
        location, .warning,
        "lời mở đầu và lời kết đều không nói bản tin được đọc bằng giọng nói do trí tuệ nhân tạo "
          + "tạo ra (Luật Trí tuệ nhân tạo, Điều 11); thêm vào lời mở đầu, ví dụ: 'Các bản tin "
          + "sau đây được đọc bằng giọng nói do trí tuệ nhân tạo tạo ra.'")
    ]
  }

  /// Whether `script` is voiced by the synthesiser (not by the announcer's recording).
  func isSynthesised(_ script: Script) -> Bool {
    !(airsRecordings && script.recording != nil)
  }
}
