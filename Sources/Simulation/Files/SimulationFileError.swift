/// A problem in a vehicle or scenario file, pointing at the file, line and field.
public struct SimulationFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Path or name of the file.
    public var file: String
    /// 1-based line number (0 when the problem is a field missing from the whole file).
    public var line: Int
    /// The key the problem is about, e.g. "mass" or "at.motor_failure".
    public var field: String
    /// What is wrong, for a person.
    public var message: String

    public init(file: String, line: Int, field: String, message: String) {
        self.file = file; self.line = line; self.field = field; self.message = message
    }

    /// `file:line: field: message` (without the line when it is 0).
    public var description: String {
        line > 0 ? "\(file):\(line): \(field): \(message)" : "\(file): \(field): \(message)"
    }
}
