/// The errors of `LoaWeb`, each with a one-line Vietnamese description for the operator.
public enum WebError: Error, CustomStringConvertible, Sendable, Equatable {
  /// `--host` is reachable from other machines and no `--password-file` was given.
  case publicHostWithoutPassword(host: String)
  /// The port is out of range.
  case invalidPort(Int)
  /// The password file cannot be read or has no valid line.
  case invalidPasswordFile(path: String)
  /// The password to hash is empty.
  case emptyPassword

  /// The one-line Vietnamese message.
  public var description: String {
    switch self {
    case .publicHostWithoutPassword(let host):
      "địa chỉ '\(host)' cho máy khác truy cập; cần --password-file (tạo bằng 'loa serve --hash-password')."
    case .invalidPort(let port):
      "cổng \(port) không hợp lệ; dùng số từ 0 đến 65535 (0: hệ thống tự chọn)."
    case .invalidPasswordFile(let path):
      "tệp mật khẩu '\(path)' không đọc được hoặc không có dòng 'tên:pbkdf2-sha256$…' hợp lệ."
    case .emptyPassword: "mật khẩu rỗng."
    }
  }
}
