import CSndFile
import CEbur128
/// Helpers shared by the test targets: reading audio back, measuring loudness, fixtures.
public enum LoaTestSupport {}
