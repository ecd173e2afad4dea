/// `out/DATE/playlist.m3u`: the day's programs in time order, for the station's player.
struct Playlist {
  /// One entry: a file name relative to the playlist, its length and a title.
  struct Entry: Equatable {
    var file: String
    var seconds: Double
    var title: String
  }

  var entries: [Entry]

  /// Extended M3U text (`#EXTM3U`, `#EXTINF:<seconds>,<title>`), UTF-8, LF line ends.
  var text: String {
    var lines = ["#EXTM3U"]
    for entry in entries {
      lines.append("#EXTINF:\(Int(entry.seconds.rounded())),\(entry.title)")
      lines.append(entry.file)
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
