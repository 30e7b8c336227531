import Foundation

/// The gen-dataset fixtures, written to a temporary directory for the readers.
enum DetectionFixtures {
    static let directory: String = {
        let dir = NSTemporaryDirectory() + "wort-detection-fixtures-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try! studentsCSV.write(toFile: dir + "/students.csv", atomically: true, encoding: .utf8)
        try! enrollmentsCSV.write(toFile: dir + "/enrollments.csv", atomically: true, encoding: .utf8)
        return dir
    }()
}
