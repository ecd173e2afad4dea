/// Foreign words common in fraud warnings, respelled so espeak-ng's Vietnamese voice reads them.
///
/// espeak-ng switches to its English voice for words that are not Vietnamese syllables (the
/// `(en)` marker in `espeak-ng -v vi -q -x`); these respellings use only Vietnamese syllables
/// without consonant clusters. Keys are lower-case and match whole words in any case; the
/// respelling keeps the capital of a capitalised source word ("Zalo" → "Da lô").
enum ForeignWordTable {
  /// One-word entries: lower-case written form → respelling.
  static let words: [String: String] = [
    "facebook": "phây búc", "zalo": "da lô", "tiktok": "tích tóc", "youtube": "diu túp",
    "google": "gu gồ", "deepfake": "đíp phếch", "deepfakes": "đíp phếch", "video": "vi đê ô",
    "videocall": "vi đê ô côn", "call": "côn", "link": "lin", "links": "lin", "vaccine": "vắc xin",
    "app": "áp",
    "apps": "áp", "online": "on lai", "offline": "óp lai", "internet": "in tơ nét",
    "banking": "banh king", "messenger": "mét xen giơ", "telegram": "tê lê gam",
    "viber": "vai bơ", "email": "i meo", "e-mail": "i meo", "gmail": "gờ meo", "web": "oép",
    "website": "oép sai", "smartphone": "sờ mát phôn", "password": "pát oợt",
    "hacker": "hắc cơ", "hack": "hắc", "virus": "vi rút", "scam": "sờ cam", "fake": "phếch",
    "chatbot": "chát bốt", "chatgpt": "chát giê pê tê", "iphone": "ai phôn",
    "android": "an đờ roi", "wifi": "oai phai", "wi-fi": "oai phai", "bluetooth": "bờ lu tút",
    "shopee": "sốp pi", "lazada": "la da đa", "momo": "mô mô", "vnpay": "vê en pây",
    "livestream": "lai xờ trim", "clip": "cờ líp", "game": "ghêm", "camera": "ca mê ra",
    "voice": "voi", "clone": "cờ lôn", "selfie": "xeo phi", "like": "lai", "share": "se",
    "comment": "com men", "fanpage": "phan pết", "hotline": "hót lai", "page": "pết",
    "group": "gờ rúp",
    "inbox": "in bốc", "post": "pốt", "code": "cốt", "mail": "meo",
    "digital": "đi gi tồn", "smart": "sờ mát", "phone": "phôn", "laptop": "láp tốp",
    "tablet": "táp lét", "robot": "rô bốt", "chip": "chíp", "data": "đa ta", "cloud": "cờ lao",
    "spam": "sờ pam", "otp": "ô tê pê", "vneid": "vê nê ai đi", "ekyc": "i kê vai xi",
    "youtuber": "diu túp bơ", "tiktoker": "tích tóc cơ", "instagram": "in xờ ta gam",
    "twitter": "tuýt tơ", "skype": "xờ cai", "microsoft": "mai cờ rô sóp", "apple": "áp pồ",
    "samsung": "sam sung", "covid": "cô vít", "marketing": "ma két tinh", "ok": "ô kê",
    "okay": "ô kê", "block": "bờ lốc", "click": "cờ líc", "download": "đao lốt",
    "upload": "ắp lốt", "update": "áp đết", "login": "lốc in", "account": "ác cao",
    "server": "xơ vơ", "software": "sóp oe", "malware": "man oe", "trojan": "tờ rô gian",
    "phishing": "phi sinh", "ransomware": "ran xăm oe", "voucher": "vâu chơ",
    "zalopay": "da lô pây", "viettel": "việt ten", "vietcombank": "việt com banh",
    "vietinbank": "việt tin banh", "techcombank": "tếch com banh",
    "sacombank": "sa com banh", "vpbank": "vê pê banh", "mbbank": "em bê banh",
    "tpbank": "tê pê banh", "brandname": "bờ ran nêm", "store": "xờ to", "play": "pờ lây",
    "file": "phai", "gemini": "giê mi nai", "copilot": "cô pai lốt", "mastercard": "mát tơ cát",
    "visa": "vi sa", "pay": "pây", "shopeepay": "sốp pi pây", "viettelpay": "việt ten pây",
    "tiki": "ti ki", "startup": "xờ tát ắp", "start-up": "xờ tát ắp", "pro": "pờ rô",
    "max": "mắc", "plus": "pờ lớt", "windows": "uyn đâu", "ios": "ai ô ét", "threads": "thờ rét",
    "blockchain": "bờ lốc chen", "crypto": "cờ ríp tô", "binance": "bai nen",
    "metamask": "mê ta mát",
    "deep": "đíp", "learning": "lơ ninh", "machine": "mơ sin", "generative": "gien nơ ra típ",
    "sandbox": "xen bốc", "nvidia": "en vi đi a", "openai": "ô pần ây ai",
    "shorts": "sót", "reels": "rin", "live": "lai",
    "spotify": "xờ pô ti phai", "whatsapp": "oát xáp", "tinder": "tin đơ", "dating": "đây tinh",
    "outlook": "ao lúc", "icloud": "ai cờ lao", "gojek": "gô giéc", "assistant": "ơ xít tần",
    "alexa": "a lếch xa",
    // AI, security and payment words
    "watermark": "oát tơ mác", "metadata": "mê ta đa ta", "prompt": "pờ rôm", "token": "tô cần",
    "algorithm": "an gô rít thừm", "drone": "đờ rôn", "smartwatch": "sờ mát oát",
    "act": "ác", "copyright": "cóp pi rai", "news": "niu", "touch": "tát", "center": "xen tơ",
    "telesale": "te le xeo", "esim": "i sim", "fintech": "phin téc", "tech": "téc",
    "ecommerce": "i com mơ", "e-commerce": "i com mơ", "e-kyc": "i kê vai xi",
    "smartotp": "sờ mát ô tê pê", "money": "mo nây",
    // Brands and shop words of everyday notices
    "toyota": "tô dô ta", "baemin": "bê min", "aeon": "e on", "vinfast": "vin phát",
    "vingroup": "vin gờ rúp", "vinamilk": "vi na min", "highlands": "hai len",
    "starbucks": "xờ ta búc", "winmart": "uyn mát", "mart": "mát", "market": "ma két",
    "teams": "tim", "word": "uốt", "powerpoint": "pao ơ poi", "router": "rao tơ",
    "influencer": "in phờ lu en xơ", "streamer": "xờ tri mơ", "trend": "tren", "sale": "xeo",
    "flash": "phờ lát", "shipper": "síp pơ", "ship": "síp", "order": "o đơ", "story": "xờ to ri",
    "status": "xờ ta tút", "follow": "phô lô", "unfollow": "ăn phô lô", "report": "ri pót",
    "avatar": "a va ta", "cookie": "cúc ki", "idol": "ai đồ", "huawei": "hoa vây",
    "xiaomi": "xi ao mi", "paypal": "pây pan", "ebay": "i bây", "amazon": "a ma dôn",
    "excel": "ếch xen", "freeship": "phờ ri síp", "cashback": "cát bách", "admin": "át min",
    "iot": "ai ô ti", "mobile": "mô bai", "etax": "e tắc", "inch": "inh", "ddos": "đê đốt",
    "mobifone": "mô bi phôn", "vinaphone": "vi na phôn", "vietnamobile": "việt nam mô bai",
    "sendo": "xen đô", "hashtag": "hát tác",
  ]

  /// Multi-word entries: lower-case words → respelling ("video call", "internet banking").
  static let phrases: [[String]: String] = [
    ["video", "call"]: "vi đê ô côn", ["internet", "banking"]: "in tơ nét banh king",
    ["mobile", "banking"]: "mô bai banh king", ["deep", "fake"]: "đíp phếch",
    ["voice", "chat"]: "voi chát", ["face", "id"]: "phây ai đi", ["you", "tube"]: "diu túp",
    ["tik", "tok"]: "tích tóc", ["e", "mail"]: "i meo", ["smart", "phone"]: "sờ mát phôn",
  ]

  /// The words (lower-case) that can start a phrase.
  static let phraseStarts: Set<String> = Set(phrases.keys.compactMap(\.first))

  /// The first letters of the phrase starts (lower-case ASCII bytes).
  private static let phraseFirstBytes = Set(phraseStarts.compactMap(\.utf8.first))

  /// Whether `word` may start a phrase: ASCII, short, and a known first word in any case.
  static func mayStartPhrase(_ word: Substring) -> Bool {
    let bytes = word.utf8
    guard let first = bytes.first, bytes.count <= 8, first < 0x80,
      phraseFirstBytes.contains(first | 0x20), bytes.allSatisfy({ $0 < 0x80 })
    else { return false }
    return phraseStarts.contains(word.lowercased())
  }

  /// The respelling of one word, keeping a leading capital; `nil` when not in the table.
  static func respell(_ word: Substring) -> String? {
    guard let spoken = index.value(lowercasing: word) else { return nil }
    return matchCase(spoken, like: word)
  }

  /// ``words`` indexed by UTF-8 bytes.
  static let index = UTF8Table(words)

  /// `spoken` with its first letter upper-cased when `source` starts with a capital.
  static func matchCase(_ spoken: String, like source: Substring) -> String {
    guard let first = source.first, first.isUppercase, let head = spoken.first else {
      return spoken
    }
    return head.uppercased() + spoken.dropFirst()
  }
}
