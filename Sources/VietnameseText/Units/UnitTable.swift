/// Units and currencies read after a number: "100 km", "35°C", "500.000đ", "2,5 ha".
enum UnitTable {
  /// Written unit (case-sensitive) → spoken form.
  static let entries: [String: String] = [
    "km": "ki lô mét", "Km": "ki lô mét", "m": "mét", "cm": "xen ti mét", "mm": "mi li mét",
    "dm": "đề xi mét",
    "kg": "ki lô gam", "g": "gam", "mg": "mi li gam", "t": "tấn", "ha": "héc ta",
    "m2": "mét vuông", "m²": "mét vuông", "km2": "ki lô mét vuông", "km²": "ki lô mét vuông",
    "m3": "mét khối", "m³": "mét khối", "cm2": "xen ti mét vuông", "cm²": "xen ti mét vuông",
    "l": "lít", "ml": "mi li lít", "km/h": "ki lô mét trên giờ", "m/s": "mét trên giây",
    "°C": "độ xê", "ºC": "độ xê", "°": "độ", "oC": "độ xê", "kW": "ki lô oát",
    "kWh": "ki lô oát giờ", "kV": "ki lô vôn", "MW": "mê ga oát", "W": "oát", "V": "vôn",
    "GB": "gi ga bai",
    "MB": "mê ga bai", "đ": "đồng", "đồng": "đồng", "VNĐ": "đồng", "VND": "đồng",
    "vnđ": "đồng", "vnd": "đồng", "USD": "đô la Mỹ", "usd": "đô la Mỹ", "k": "nghìn",
    "MHz": "mê ga héc", "kHz": "ki lô héc", "Hz": "héc", "%": "phần trăm", "ph": "phút",
    "p": "phút", "s": "giây", "tr": "triệu", "h": "giờ",
    "mmHg": "mi li mét thủy ngân", "Mbps": "mê ga bít trên giây", "Gbps": "gi ga bít trên giây",
    "mAh": "mi li am pe giờ",
  ]

  /// The spoken unit for `written` (after a number), or `nil`.
  static func lookup(_ written: Substring, dialect: Dialect) -> String? {
    if written.isBytes("k") || written.isBytes("K") { return dialect.thousand }
    if written.isBytes("‰") { return "phần " + dialect.thousand }  // "15‰": per mille
    return index[written]
  }

  /// Whether `written` is a unit after a number (``lookup(_:dialect:)`` has a reading for it,
  /// in every dialect): a word that is none reads the same after a number as anywhere else.
  static func isUnit(_ written: Substring) -> Bool {
    lookup(written, dialect: .northern) != nil
  }

  /// ``entries`` indexed by UTF-8 bytes.
  private static let index = UTF8Table(entries)
}
