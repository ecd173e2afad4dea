// swift-tools-version: 6.0
// Loa: plans and voices the bulletins of a Vietnamese commune loudspeaker station.
//
// Layers (each may use only the ones below it):
//   loa (CLI) → LoaStudio → BroadcastPlan (→ VietnameseText) and SpeechAudio (→ C libraries,
//   and CSpeechKernels: its two metering loops in C, compiled for AVX2 and the baseline)
import PackageDescription

let package = Package(
  name: "Loa",
  platforms: [.macOS(.v15)],
  products: [
    .executable(name: "loa", targets: ["loa"]),
    .library(name: "LoaAir", targets: ["LoaAir"]),
    .executable(name: "loa-bench", targets: ["LoaBench"]),
    .library(name: "VietnameseText", targets: ["VietnameseText"]),
    .library(name: "BroadcastPlan", targets: ["BroadcastPlan"]),
    .library(name: "SpeechAudio", targets: ["SpeechAudio"]),
    .library(name: "LoaStudio", targets: ["LoaStudio"]),
    .library(name: "LoaWeb", targets: ["LoaWeb"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // MARK: C system libraries (Debian packages; `make deps` installs them)
    .systemLibrary(
      name: "CEspeakNG", pkgConfig: "espeak-ng", providers: [.apt(["libespeak-ng-dev"])]),
    .systemLibrary(
      name: "CSndFile", pkgConfig: "sndfile", providers: [.apt(["libsndfile1-dev"])]),
    .systemLibrary(name: "CSoxr", pkgConfig: "soxr", providers: [.apt(["libsoxr-dev"])]),
    .systemLibrary(
      name: "CEbur128", pkgConfig: "libebur128", providers: [.apt(["libebur128-dev"])]),
    .systemLibrary(name: "CAlsa", pkgConfig: "alsa", providers: [.apt(["libasound2-dev"])]),
    // libshout's header only (libshout-dev): its functions are opened at run time, not linked,
    // so its 28 shared libraries are not mapped into every process (SpeechAudio's ShoutLibrary).
    .systemLibrary(name: "CShout"),
    // prctl(2) for synthesis workers (variadic in C, so Swift needs a shim).
    .systemLibrary(name: "CProcessControl"),
    // MARK: C kernels (SpeechAudio's two metering loops, compiled for AVX2 and the baseline)
    .target(name: "CSpeechKernels"),

    // MARK: Libraries
    .target(name: "VietnameseText"),
    .target(
      name: "BroadcastPlan",
      dependencies: ["VietnameseText", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "SpeechAudio",
      dependencies: [
        "CEspeakNG", "CSndFile", "CSoxr", "CEbur128", "CAlsa", "CShout", "CProcessControl",
        "CSpeechKernels",
      ]),
    .target(
      name: "LoaStudio",
      dependencies: [
        "BroadcastPlan", "SpeechAudio", "VietnameseText",
        .product(name: "GRDB", package: "GRDB.swift"),
        .product(name: "Crypto", package: "swift-crypto"),
      ]),

    .target(name: "LoaAir", dependencies: ["LoaStudio", "BroadcastPlan", "SpeechAudio"]),
    .target(
      name: "LoaWeb",
      dependencies: [
        "LoaAir", "LoaStudio", "BroadcastPlan", "VietnameseText",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Mustache", package: "swift-mustache"),
        .product(name: "Crypto", package: "swift-crypto"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),

    // MARK: Executables
    .executableTarget(
      name: "loa",
      dependencies: [
        "LoaWeb", "LoaAir", "LoaStudio", "BroadcastPlan", "SpeechAudio", "VietnameseText",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // Release builds link with the toolchain's lld and packed relative relocations (DT_RELR,
      // glibc ≥ 2.36): the binary's 120,000 relocations take 24 KB instead of 2.9 MB, read by
      // every `loa` process and synthesis worker at start (4–6 MB less peak memory each).
      linkerSettings: [
        .unsafeFlags(
          ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"],
          .when(platforms: [.linux], configuration: .release))
      ]),
    .executableTarget(
      name: "LoaBench",
      dependencies: [
        "LoaStudio", "BroadcastPlan", "SpeechAudio", "VietnameseText",
        .product(name: "Crypto", package: "swift-crypto"),
      ],
      path: "Benchmarks/LoaBench"),

    // MARK: Tests
    .target(
      name: "LoaTestSupport",
      dependencies: ["CSndFile", "CEbur128"],
      path: "Tests/LoaTestSupport"),
    .testTarget(name: "VietnameseTextTests", dependencies: ["VietnameseText", "LoaTestSupport"]),
    .testTarget(
      name: "PronunciationTests",
      dependencies: [
        "VietnameseText", "SpeechAudio", "BroadcastPlan", "LoaStudio", "LoaTestSupport",
      ]),
    .testTarget(
      name: "BroadcastPlanTests",
      dependencies: ["BroadcastPlan", "VietnameseText", "LoaTestSupport"]),
    .testTarget(name: "SpeechAudioTests", dependencies: ["SpeechAudio", "LoaTestSupport"]),
    .testTarget(
      name: "LoaStudioTests",
      dependencies: ["LoaStudio", "LoaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(name: "LoaAirTests", dependencies: ["LoaAir", "LoaTestSupport"]),
    .testTarget(
      name: "LoaCLITests",
      dependencies: ["loa", "LoaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
    .testTarget(
      name: "LoaWebTests",
      dependencies: [
        "LoaWeb", "LoaAir", "LoaStudio", "BroadcastPlan", "LoaTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "GRDB", package: "GRDB.swift"),
      ]),
  ]
)
