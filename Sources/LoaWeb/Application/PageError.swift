import BroadcastPlan
import Hummingbird

/// An error answered with a Vietnamese HTML page (or a JSON object under `/api/`).
struct PageError: HTTPResponseError, Sendable {
  let status: HTTPResponse.Status
  let message: String

  static let notFound = PageError(status: .notFound, message: "Không tìm thấy trang hoặc tệp này.")
  static let forbidden = PageError(
    status: .forbidden,
    message:
      "Biểu mẫu đã hết hạn hoặc không hợp lệ (thiếu mã bảo vệ). Hãy tải lại trang rồi gửi lại.")
  static let tooLarge = PageError(
    status: .contentTooLarge, message: "Dữ liệu gửi lên quá lớn (tối đa 1 MiB).")
  static let unauthorized = PageError(
    status: .unauthorized, message: "Cần đăng nhập bằng tên và mật khẩu của đài.")

  static func badRequest(_ message: String) -> PageError {
    PageError(status: .badRequest, message: message)
  }

  /// The message for an error raised by Hummingbird itself (unknown path, body too large…).
  static func defaultMessage(_ status: HTTPResponse.Status) -> String {
    switch status.code {
    case 404: notFound.message
    case 413: tooLarge.message
    case 405: "Phương thức này không dùng được ở địa chỉ này."
    default: "Máy chủ không xử lý được yêu cầu này (mã \(status.code))."
    }
  }

  var heading: String {
    switch status.code {
    case 400: "Yêu cầu không hợp lệ"
    case 401: "Cần đăng nhập"
    case 403: "Không được phép"
    case 404: "Không tìm thấy"
    case 413: "Dữ liệu quá lớn"
    case 422: "Dữ liệu chưa đúng"
    default: "Có lỗi"
    }
  }

  /// A standalone HTML page.
  var response: Response {
    Views.shared.errorPage(status: status, heading: heading, message: message)
  }

  func response(from request: Request, context: some RequestContext) throws -> Response {
    if request.uri.path.hasPrefix("/api/") {
      return JSONResponse.make(.object([("error", .string(message))]), status: status)
    }
    return response
  }
}

extension Views {
  /// The templates, parsed once.
  static let shared = Views()
}
