import ArgumentParser

/// sysexits(3) codes, so that scripts can tell a bad spec from a bad call or a file problem.
enum Exit {
    /// The spec has errors.
    static let specErrors = ExitCode(1)
    /// The command line asks for something the spec cannot give (EX_USAGE, as argument errors).
    static let usage = ExitCode(64)
    /// A spec file is missing or unreadable (EX_NOINPUT).
    static let cannotRead = ExitCode(66)
    /// The output cannot be written (EX_CANTCREAT).
    static let cannotWrite = ExitCode(73)
}
