import CShout
import Glibc

/// libshout's functions, opened with `dlopen` the first time a stream connects instead of being
/// linked into every `loa` process.
///
/// libshout brings 28 shared libraries with it (OpenSSL, Theora, Speex, Cairo, …): linked, they
/// were mapped and relocated in every process (`loa render`, `loa plan`, each synthesis
/// worker), about 3 MiB of resident memory each, for a library only `loa air --stream` uses.
/// The header (`CShout`) still gives the constants; only the functions come from here.
struct ShoutLibrary {
  typealias Handle = OpaquePointer
  typealias Text = UnsafePointer<CChar>

  let initialize: @convention(c) () -> Void
  let new: @convention(c) () -> Handle?
  let free: @convention(c) (Handle?) -> Void
  let getError: @convention(c) (Handle?) -> Text?
  let getConnected: @convention(c) (Handle?) -> Int32
  let setHost: @convention(c) (Handle?, Text?) -> Int32
  let setPort: @convention(c) (Handle?, UInt16) -> Int32
  let setAgent: @convention(c) (Handle?, Text?) -> Int32
  let setTLS: @convention(c) (Handle?, Int32) -> Int32
  let setUser: @convention(c) (Handle?, Text?) -> Int32
  let setPassword: @convention(c) (Handle?, Text?) -> Int32
  let setMount: @convention(c) (Handle?, Text?) -> Int32
  let setAudioInfo: @convention(c) (Handle?, Text?, Text?) -> Int32
  let setMeta: @convention(c) (Handle?, Text?, Text?) -> Int32
  let setContentFormat: @convention(c) (Handle?, UInt32, UInt32, Text?) -> Int32
  let setProtocol: @convention(c) (Handle?, UInt32) -> Int32
  let setNonblocking: @convention(c) (Handle?, UInt32) -> Int32
  let open: @convention(c) (Handle?) -> Int32
  let close: @convention(c) (Handle?) -> Int32
  let send: @convention(c) (Handle?, UnsafePointer<UInt8>?, Int) -> Int32
  let queueLength: @convention(c) (Handle?) -> Int
  let setMetadataUTF8: @convention(c) (Handle?, Handle?) -> Int32
  let metadataNew: @convention(c) () -> Handle?
  let metadataFree: @convention(c) (Handle?) -> Void
  let metadataAdd: @convention(c) (Handle?, Text?, Text?) -> Int32

  /// Why libshout could not be opened: `dlerror`'s text.
  struct LoadError: Error {
    let reason: String
  }

  /// The library, opened once per process (`shout_init` called); a ``LoadError`` when it is
  /// not installed.
  static let shared: Result<ShoutLibrary, LoadError> = {
    do throws(LoadError) {
      let library = try ShoutLibrary(path: "libshout.so.3")
      library.initialize()
      return .success(library)
    } catch {
      return .failure(error)
    }
  }()

  /// The library, or a ``PlayoutError`` naming `server` and the missing package.
  static func loaded(for server: String) throws -> ShoutLibrary {
    switch shared {
    case .success(let library): return library
    case .failure(let error):
      throw PlayoutError.streamUnreachable(
        server, reason: "không mở được thư viện libshout (cài gói libshout3): \(error.reason)")
    }
  }

  /// Opens `path` and resolves every function; never closed (the process keeps it).
  private init(path: String) throws(LoadError) {
    guard let library = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
      throw LoadError(reason: dlerror().map { String(cString: $0) } ?? path)
    }
    func symbol<Function>(_ name: String) throws(LoadError) -> Function {
      guard let address = dlsym(library, name) else {
        throw LoadError(reason: "\(path) thiếu hàm \(name)")
      }
      return unsafeBitCast(address, to: Function.self)
    }
    initialize = try symbol("shout_init")
    new = try symbol("shout_new")
    free = try symbol("shout_free")
    getError = try symbol("shout_get_error")
    getConnected = try symbol("shout_get_connected")
    setHost = try symbol("shout_set_host")
    setPort = try symbol("shout_set_port")
    setAgent = try symbol("shout_set_agent")
    setTLS = try symbol("shout_set_tls")
    setUser = try symbol("shout_set_user")
    setPassword = try symbol("shout_set_password")
    setMount = try symbol("shout_set_mount")
    setAudioInfo = try symbol("shout_set_audio_info")
    setMeta = try symbol("shout_set_meta")
    setContentFormat = try symbol("shout_set_content_format")
    setProtocol = try symbol("shout_set_protocol")
    setNonblocking = try symbol("shout_set_nonblocking")
    open = try symbol("shout_open")
    close = try symbol("shout_close")
    send = try symbol("shout_send")
    queueLength = try symbol("shout_queuelen")
    setMetadataUTF8 = try symbol("shout_set_metadata_utf8")
    metadataNew = try symbol("shout_metadata_new")
    metadataFree = try symbol("shout_metadata_free")
    metadataAdd = try symbol("shout_metadata_add")
  }

  /// libshout's own text for the last error on `handle` (`status` when it has none).
  func errorText(_ handle: Handle, status: Int32) -> String {
    getError(handle).map { String(cString: $0) } ?? "lỗi \(status)"
  }

  /// Sets `shout` up as an MP3 source for `target` over plain HTTP, the settings a stream and
  /// its title sender share; the first status that is not `SHOUTERR_SUCCESS`, else that.
  func configure(_ shout: Handle, for target: IcecastURL) -> Int32 {
    let steps: [() -> Int32] = [
      { setHost(shout, target.host) },
      { setPort(shout, UInt16(target.port)) },
      { setUser(shout, target.user) },
      { setPassword(shout, target.password) },
      { setMount(shout, target.mount) },
      { setAgent(shout, "Loa") },
      { setProtocol(shout, UInt32(SHOUT_PROTOCOL_HTTP)) },
      { setContentFormat(shout, UInt32(SHOUT_FORMAT_MP3), UInt32(SHOUT_USAGE_AUDIO), nil) },
      { setTLS(shout, SHOUT_TLS_DISABLED) },
    ]
    for step in steps {
      let status = step()
      if status != SHOUTERR_SUCCESS { return status }
    }
    return SHOUTERR_SUCCESS
  }
}
