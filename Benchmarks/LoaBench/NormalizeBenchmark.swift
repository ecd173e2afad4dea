import Foundation
import VietnameseText

/// The `normalize` benchmark: throughput of `Normalizer.normalize` on ≥ 20 MB of bulletin text.
///
/// The corpus mixes plain sentences with every kind of rule (dates, money, phones, document
/// numbers, abbreviations, foreign words, addresses). The reference is a plain pass over the same
/// text (Unicode NFC and lower-casing, line by line), measured in the same run.
///
/// The text is read on every core (the default) and, first, on one thread; both outputs must
/// be the same. Besides wall-clock time it reports the process CPU time of the default pass
/// (steadier on a shared machine). `LOA_BENCH_MB` sets the text size in megabytes (default 20; e.g. 1 under valgrind).
enum NormalizeBenchmark {
  static let sentences = [
    "Kính thưa toàn thể bà con nhân dân! Đài truyền thanh xã Hải Hưng xin thông báo.",
    "Luật Trí tuệ nhân tạo số 134/2025/QH15 có hiệu lực từ ngày 01/3/2026.",
    "Thực hiện Kế hoạch 117/KH-UBND ngày 09/4/2026 của UBND thành phố Hải Phòng.",
    "Kẻ gian gọi video call qua Zalo, Facebook, giả giọng người thân bằng deepfake.",
    "Tuyệt đối không cung cấp mã OTP, mật khẩu cho bất kỳ ai; gọi ngay 113 khi cần.",
    "Cuộc gọi lừa đảo: gọi đường dây nóng 156 hoặc nhắn tin tới 5656 để phản ánh.",
    "Số điện thoại của xã: 0225 3842 123, hotline 0912 345 678.",
    "THÔNG BÁO KHẨN: các thôn họp dân lúc 19h30 ngày 12/12/2026 tại nhà văn hóa.",
    "Giá dịch vụ 500.000đ, hỗ trợ 1,5 tỷ đồng, tăng 2,5% so với năm 2025.",
    "Giai đoạn 2026-2030, xã phấn đấu 100% hộ dân biết cách nhận diện lừa đảo.",
    "Kiểm tra trang web lạ tại tinnhiemmang.vn trước khi truy cập.",
    "Học sinh THCS, THPT cần được hướng dẫn an toàn khi dùng mạng xã hội.",
    "Quốc hội khóa XV thông qua luật với 429/434 đại biểu tán thành.",
    "Nhiệt độ xuống 8°C, bà con chú ý giữ ấm cho người cao tuổi và trẻ nhỏ.",
    "Bà con hãy bình tĩnh, tắt máy và gọi lại cho người thân bằng số điện thoại đã biết.",
    "Uỷ ban nhân dân xã chúc bà con mạnh khoẻ, hoà thuận và hạnh phúc.",
    "Hệ thống trí tuệ nhân tạo rủi ro cao phải được đánh giá trước khi đưa vào sử dụng.",
    "",
  ]

  static func run() throws {
    let block = sentences.joined(separator: "\n") + "\n"
    let size = ProcessInfo.processInfo.environment["LOA_BENCH_MB"].flatMap(Int.init) ?? 20
    let target = max(1, size) * 1024 * 1024
    let repeats = target / block.utf8.count + 1
    let text = String(repeating: block, count: repeats)
    let megabytes = Double(text.utf8.count) / 1_048_576

    let normalizer = Normalizer()
    let singleStart = DispatchTime.now()
    let single = normalizer.normalize(text, threads: 1)
    let singleSeconds = elapsed(since: singleStart)

    let start = DispatchTime.now()
    let cpuStart = cpuSeconds()
    let spoken = normalizer.normalize(text)
    let seconds = elapsed(since: start)
    let cpu = cpuSeconds() - cpuStart
    guard spoken == single else {
      throw BenchmarkFailure("normalize: một luồng và nhiều luồng cho kết quả khác nhau")
    }

    let referenceStart = DispatchTime.now()
    var referenceBytes = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      referenceBytes += line.precomposedStringWithCanonicalMapping.lowercased().utf8.count
    }
    let referenceSeconds = elapsed(since: referenceStart)

    let throughput = megabytes / seconds
    print(String(format: "văn bản: %.1f MB, %d dòng", megabytes, repeats * sentences.count))
    let threads = ProcessInfo.processInfo.activeProcessorCount
    print(
      String(
        format: "normalize, %d luồng: %.2f s, %.1f MB/s (mục tiêu ≥ 10 MB/s)", threads, seconds,
        throughput))
    print(String(format: "normalize (thời gian CPU): %.2f s, %.1f MB/s", cpu, megabytes / cpu))
    print(
      String(
        format: "normalize, 1 luồng: %.2f s, %.1f MB/s", singleSeconds, megabytes / singleSeconds))
    print(
      String(
        format: "tham chiếu (NFC + chữ thường): %.2f s, %.1f MB/s", referenceSeconds,
        megabytes / referenceSeconds))
    print(String(format: "tỉ lệ normalize / tham chiếu: %.2f", seconds / referenceSeconds))
    print(
      "đầu ra: \(spoken.utf8.count) byte, \(Normalizer.syllableCount(spoken)) âm tiết (\(referenceBytes) byte tham chiếu)"
    )
  }

  /// The CPU time this process has used, in seconds.
  private static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  private static func elapsed(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
  }
}
