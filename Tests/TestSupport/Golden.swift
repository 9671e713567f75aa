import Foundation

/// Compares text with a reviewed file in the repository, or rewrites the file when recording.
public enum Golden {
    /// nil when `actual` matches `relativePath` (or was just recorded); else a message saying how it differs.
    public static func mismatch(_ actual: String, _ relativePath: String) -> String? {
        let url = Repository.url(relativePath)
        if Repository.isRecording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return nil
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return "\(relativePath) does not exist; run `SHAREC_RECORD=1 swift test` and review it"
        }
        guard expected != actual else { return nil }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let want = line < expectedLines.count ? String(expectedLines[line]) : "<end of file>"
        let got = line < actualLines.count ? String(actualLines[line]) : "<end of file>"
        return "\(relativePath) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n(if the change is intended, run `SHAREC_RECORD=1 swift test` and review the diff)"
    }
}
