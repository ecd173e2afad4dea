extension VoiceSpec {
  /// The project's own variants (their files are in LoaStudio's `ProjectVoiceVariants`).
  public static let projectVariants = ["loa"]

  /// espeak-ng 1.51's own variants (`espeak-ng-data/voices/!v/`).
  public static let espeakVariants = [
    "Alex", "Alicia", "Andrea", "Andy", "Annie", "AnxiousAndy", "Demonic", "Denis", "Diogo",
    "Gene", "Gene2", "Henrique", "Hugo", "Jacky", "Lee", "Marco", "Mario", "Michael", "Mike",
    "Mr serious", "Nguyen", "RicishayMax", "RicishayMax2", "RicishayMax3", "Storm", "Tweaky",
    "UniRobot", "adam", "anika", "anikaRobot", "announcer", "antonio", "aunty", "belinda",
    "benjamin", "boris", "caleb", "croak", "david", "ed", "edward", "edward2", "f1", "f2", "f3",
    "f4", "f5", "fast", "grandma", "grandpa", "gustave", "iven", "iven2", "iven3", "iven4",
    "john", "kaukovalta", "klatt", "klatt2", "klatt3", "klatt4", "klatt5", "klatt6", "linda",
    "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "marcelo", "max", "michel", "miguel",
    "norbert", "pablo", "paul", "pedro", "quincy", "rob", "robert", "robosoft", "robosoft2",
    "robosoft3", "robosoft4", "robosoft5", "robosoft6", "robosoft7", "robosoft8", "sandro",
    "shelby", "steph", "steph2", "steph3", "travis", "victor", "whisper", "whisperf", "zac",
  ]

  /// Every variant name a schedule may give (besides `none`).
  public static let knownVariants = projectVariants + espeakVariants
}
