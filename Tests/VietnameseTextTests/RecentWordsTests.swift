import Testing

@testable import VietnameseText

@Suite("The last eight words a line's reader remembers")
struct RecentWordsTests {
  @Test("a ring of eight: the newest first, the oldest forgotten, all forgotten at once")
  func ring() {
    var recent = RecentWords()
    #expect(recent.newest == nil && recent.count == 0)
    let words: [Substring] = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]
    for word in words { recent.append(word) }
    #expect(recent.count == 8)
    #expect(recent.newest == "k")
    #expect((0..<8).map { recent[age: $0] } == ["k", "j", "i", "h", "g", "f", "e", "d"])
    recent.removeAll()
    #expect(recent.newest == nil && recent.count == 0)
    recent.append("gọi")
    #expect(recent.newest == "gọi" && recent.count == 1)
  }

  @Test("roles are looked up by each word's slot, with or without a memo, and renewed")
  func roles() {
    let memo = WordMemo()
    for memo in [nil, memo] {
      var recent = RecentWords()
      recent.append("Ngày")
      recent.append("gọi")
      #expect(recent.roles(age: 0, memo: memo) == ContextWord.roles(ofWritten: "gọi").rawValue)
      #expect(recent.roles(age: 1, memo: memo) == ContextWord.roles(ofWritten: "Ngày").rawValue)
      #expect(ContextWord(rawValue: recent.roles(age: 1, memo: memo)).contains(.date))
      // A new word in a slot does not keep the roles of the word it replaced.
      for _ in 0..<7 { recent.append("xã") }
      recent.append("thôn")
      #expect(recent.roles(age: 0, memo: memo) == ContextWord.roles(ofWritten: "thôn").rawValue)
      #expect(recent.roles(age: 1, memo: memo) == ContextWord.roles(ofWritten: "xã").rawValue)
    }
  }
}
