import Foundation
import Testing
import WortCore
@testable import WortIO

/// Typed reads in one pass (`ReadOptions.guessTypes`): types guessed from the first
/// blocks, checked against the whole file at its end.
@Suite struct OnePassTypedReadTests {
    /// 400 rows: `code` is a number in the first 300 and text after (25%: the whole file
    /// says text), `n` a number throughout, `day` a date.
    static func lateTextFile(_ t: TempDir) -> String {
        var s = "code,n,day\n"
        for i in 0..<400 {
            let code = i < 300 ? String(1000 + i) : "X\(i)"
            s += "\(code),\(i * 3),2024-01-\(String(format: "%02d", 1 + i % 28))\n"
        }
        return t.file("late.csv", s)
    }

    static func options(_ configure: (inout ReadOptions) -> Void = { _ in }) -> ReadOptions {
        var o = ReadOptions()
        o.blockBytes = 256  // the guess reads 8 blocks: about the first 100 rows
        configure(&o)
        return o
    }

    @Test func aRightGuessReadsWhatTwoPassesRead() throws {
        let t = TempDir(); defer { t.cleanup() }
        var s = "id,score,when\n"
        for i in 0..<500 { s += "\(i),\(Double(i) / 4),2024-02-\(String(format: "%02d", 1 + i % 28)) 10:00\n" }
        let p = t.file("ok.csv", s)
        let twoPasses = try CSVReader(source: .file(p), options: Self.options())
        let onePass = try CSVReader(source: .file(p), options: Self.options { $0.guessTypes = true })
        #expect(onePass.typesGuessed && !twoPasses.typesGuessed)
        #expect(onePass.schema == twoPasses.schema)
        #expect(onePass.schema.fields.map(\.type) == [.int64, .double, .timestamp])
        #expect(try readAll(onePass) == readAll(twoPasses))
    }

    @Test func aWrongGuessEndsTheReadWithTheRightTypes() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = Self.lateTextFile(t)
        let reader = try CSVReader(source: .file(p), options: Self.options { $0.guessTypes = true })
        #expect(reader.schema.fields.map(\.type) == [.int64, .int64, .date], "the guess, from the first rows")
        do {
            _ = try readAll(reader)
            Issue.record("the guess held although a quarter of the codes are text")
        } catch let changed as CSVTypesChanged {
            #expect(changed.file == p)
            #expect(changed.types?.map(\.type) == [.string, .int64, .date])
            #expect(changed.description.contains("code: int64 → string"))
        }
        // Started over with the types found, the result is the two-pass read's.
        let twoPasses = try readAll(CSVReader(source: .file(p), options: Self.options()))
        var attempts = 0
        let rows = try OnePassTypedRead.run(Self.options()) { o -> [[String?]] in
            attempts += 1
            return try readAll(TableFiles.openReader(p, format: nil, options: o) as! CSVReader)
        }
        #expect(attempts == 2)
        #expect(rows == twoPasses)
        #expect(rows[350][0] == "X350")
    }

    @Test func inputsThatCannotBeReadTwiceKeepTwoPasses() throws {
        // A pipe is spooled to a file for the type pass: no guess to take back.
        let t = TempDir(); defer { t.cleanup() }
        let p = Self.lateTextFile(t)
        let fifo = t.path + "/pipe.csv"
        #expect(mkfifo(fifo, 0o600) == 0)
        let bytes = FileManager.default.contents(atPath: p)!
        let writer = Thread {
            // Opening a FIFO for writing waits for the reader: no atomic createFile here.
            guard let h = FileHandle(forWritingAtPath: fifo) else { return }
            h.write(bytes)
            try? h.close()
        }
        writer.start()
        let reader = try CSVReader(source: .file(fifo), options: Self.options { $0.guessTypes = true })
        #expect(!reader.typesGuessed)
        #expect(reader.schema.fields.map(\.type) == [.string, .int64, .date])
        #expect(try readAll(reader).count == 400)
    }

    /// For Parquet (`keepInvalidAsText`) a typed column takes no invalid cell: the first
    /// value its guessed type cannot read ends the read there, and the read again infers
    /// types over the whole file.
    @Test func aValueTheGuessCannotReadStopsAnExactReadEarly() throws {
        let t = TempDir(); defer { t.cleanup() }
        let p = Self.lateTextFile(t)
        let exact = Self.options { $0.guessTypes = true; $0.keepInvalidAsText = true }
        let reader = try CSVReader(source: .file(p), options: exact)
        #expect(reader.schema.fields.map(\.type) == [.int64, .int64, .date])
        var batches = 0
        do {
            while try reader.nextBatch() != nil { batches += 1 }
            Issue.record("a text code was read as an int64 column")
        } catch let changed as CSVTypesChanged {
            #expect(changed.types == nil)
            #expect(changed.contradicted == [0])
            #expect(changed.description.contains("code is not all int64"), "\(changed)")
        }
        var twoPassOptions = exact
        twoPassOptions.guessTypes = false
        let whole = try CSVReader(source: .file(p), options: twoPassOptions)
        var allBatches = 0
        while try whole.nextBatch() != nil { allBatches += 1 }
        #expect(batches > 0 && batches < allBatches * 4 / 5, "stopped at row 300's batch, not at the end: \(batches) of \(allBatches)")
        let twoPasses = try readAll(CSVReader(source: .file(p), options: twoPassOptions))
        var attempts = 0
        let rows = try OnePassTypedRead.run(exact) { o -> [[String?]] in
            attempts += 1
            return try readAll(TableFiles.openReader(p, format: nil, options: o) as! CSVReader)
        }
        #expect(attempts == 2)
        #expect(rows == twoPasses)
        #expect(rows[0][0] == "1000" && rows[350][0] == "X350")
    }

    /// Columns the guess watches in an exact read: text without a value that fits no
    /// type (here: empty at first) can still become a number.
    @Test func aColumnEmptyAtFirstIsWatchedAndGetsItsType() throws {
        let t = TempDir(); defer { t.cleanup() }
        var s = "id,later\n"
        for i in 0..<2000 { s += "\(i),\(i < 1500 ? "" : String(i))\n" }  // the guess sees ~350 rows
        let p = t.file("empty-first.csv", s)
        let exact = Self.options { $0.guessTypes = true; $0.keepInvalidAsText = true }
        let reader = try CSVReader(source: .file(p), options: exact)
        #expect(reader.schema.fields.map(\.type) == [.int64, .string])
        do {
            _ = try readAll(reader)
            Issue.record("the empty start's guess held")
        } catch let changed as CSVTypesChanged {
            #expect(changed.types?.map(\.type) == [.int64, .int64])
        }
    }
}
