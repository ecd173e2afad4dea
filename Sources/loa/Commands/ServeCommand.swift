import ArgumentParser
import BroadcastPlan
import Foundation
import LoaWeb

/// `loa serve [--schedule F] [--out DIR] [--host H] [--port P] [--password-file F]`: the
/// station's web page; `loa serve --hash-password [--user NAME]` makes a password-file line.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Mở trang web của đài: lịch phát, kiểm tra, bản tin, báo cáo, thông báo mới.",
    discussion: """
      Mặc định chỉ máy này mở được (http://127.0.0.1:8080). Muốn cho máy khác trong mạng mở, \
      dùng --host 0.0.0.0 kèm --password-file; tạo tệp mật khẩu bằng \
      'loa serve --hash-password > matkhau.txt' (gõ mật khẩu rồi Enter).
      """)

  @OptionGroup var scheduleOption: ScheduleOption

  @Option(name: .long, help: "Thư mục kết quả của 'loa render' (âm thanh, loa.sqlite).")
  var out: String = "out"

  @Option(name: .long, help: "Địa chỉ lắng nghe (mặc định 127.0.0.1: chỉ máy này).")
  var host: String = "127.0.0.1"

  @Option(name: .long, help: "Cổng (0: hệ thống tự chọn).")
  var port: Int = 8080

  @Option(name: .customLong("password-file"), help: "Tệp mật khẩu (dòng 'tên:pbkdf2-sha256$…').")
  var passwordFile: String?

  @Flag(
    name: .customLong("hash-password"), help: "Đọc mật khẩu từ đầu vào, in dòng cho tệp mật khẩu.")
  var hashPassword = false

  @Option(name: .long, help: "Tên đăng nhập cho --hash-password.")
  var user: String = "loa"

  func run() async throws {
    if hashPassword {
      let password = readLine(strippingNewline: true) ?? ""
      print(try PasswordFile.hashing(password: password, user: user).line)
      return
    }
    let configuration = WebConfiguration(
      schedulePath: scheduleOption.path, outputDirectory: URL(fileURLWithPath: out), host: host,
      port: port, credentials: try passwordFile.map { try PasswordFile.load(path: $0) },
      clock: CommandClock.make())
    let app = try buildApplication(configuration) { host, port in
      let shown = host.contains(":") ? "[\(host)]" : host
      let line = "Trang web của đài: http://\(shown):\(port)/ (Ctrl+C để dừng)\n"
      FileHandle.standardOutput.write(Data(line.utf8))
    }
    try await app.runService()
  }
}
