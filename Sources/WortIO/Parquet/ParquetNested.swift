import WortCore

/// A LIST of primitive values, or a MAP of primitive keys and values, read as one string
/// column of JSON text per row: `[1,2,null]`, `{"k":"v"}`; an empty list is `[]`, a null
/// list or map is null. Elements are JSON numbers (int64, double, decimal), booleans, or
/// strings (everything else, in Wort's text form).
struct ParquetNestedPlan: Sendable {
    let isMap: Bool
    /// One leaf (list element) or two (map key, value), each under one repeated level.
    let leaves: [ParquetLeaf]
    /// Definition level from which the list or map is not null.
    let listDef: Int
    /// Definition level from which a repeated entry exists.
    let entryDef: Int

    func assemble(_ chunks: [NestedChunk], rows: Int) throws -> DecodedColumn {
        let main = chunks[0]
        let n = main.reps.count
        if isMap {
            guard chunks.count == 2, chunks[1].reps.count == n else {
                throw ParquetDecodeError("the map's keys and values have different numbers of entries")
            }
        }
        let texts = zip(leaves, chunks).map { leaf, c in
            ParquetJSONTexts(column: c.values.column(named: leaf.name, type: leaf.type, rows: 0..<c.values.validity.count), type: leaf.type)
        }
        var owned: [UInt8] = []
        var starts = [Int](), ends = [Int]()
        starts.reserveCapacity(rows); ends.reserveCapacity(rows)
        var validity = ValidityBitmap(repeating: true, count: rows)
        var row = -1, j = [0, 0], open = false
        func close() {
            if open { owned.append(isMap ? 0x7D : 0x5D) }
            if row >= 0 { ends.append(owned.count) }
            open = false
        }
        let valueDef = leaves.map { UInt8($0.maxDef) }
        for k in 0..<n {
            let def = Int(main.defs[k])
            if main.reps[k] == 0 {
                close()
                row += 1
                guard row < rows else { throw ParquetDecodeError("the list holds more rows than the row group's \(rows)") }
                starts.append(owned.count)
                if def < listDef { validity[row] = false; continue }
                owned.append(isMap ? 0x7B : 0x5B)
                open = true
                if def < entryDef { continue }
            } else {
                guard open, def >= entryDef else { throw ParquetDecodeError("levels describe an entry outside a list") }
                owned.append(0x2C)
            }
            if isMap {
                if main.defs[k] == valueDef[0] { texts[0].append(j[0], quoted: true, to: &owned); j[0] += 1 } else { owned.append(contentsOf: "\"\"".utf8) }
                owned.append(0x3A)
                if chunks[1].defs[k] == valueDef[1] { texts[1].append(j[1], quoted: false, to: &owned); j[1] += 1 } else { owned.append(contentsOf: "null".utf8) }
            } else {
                if main.defs[k] == valueDef[0] { texts[0].append(j[0], quoted: false, to: &owned); j[0] += 1 } else { owned.append(contentsOf: "null".utf8) }
            }
        }
        close()
        guard row + 1 == rows else { throw ParquetDecodeError("the list holds \(row + 1) rows, the row group \(rows)") }
        return DecodedColumn(payload: .string(owned: owned, shared: [], starts: starts, ends: ends), validity: validity)
    }
}

/// JSON text of the values of a column without nulls.
struct ParquetJSONTexts {
    let column: Column
    let raw: Bool

    init(column: Column, type: DataType) {
        self.column = column
        switch type {
        case .int64, .decimal, .bool, .double: raw = true
        default: raw = false
        }
    }

    func append(_ i: Int, quoted: Bool, to out: inout [UInt8]) {
        guard i < column.count else { out.append(contentsOf: "null".utf8); return }
        var text: [UInt8] = []
        column.appendText(row: i, to: &text)
        if raw && !quoted, case .double(let v) = column.values, !v[i].isFinite {
            out.append(contentsOf: "null".utf8)
            return
        }
        if raw && !quoted { out.append(contentsOf: text); return }
        out.append(0x22)
        for b in text {
            switch b {
            case 0x22: out.append(0x5C); out.append(0x22)
            case 0x5C: out.append(0x5C); out.append(0x5C)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0..<0x20:
                out.append(contentsOf: "\\u00".utf8)
                out.append(ParquetValueText.hexDigits[Int(b >> 4)]); out.append(ParquetValueText.hexDigits[Int(b & 15)])
            default: out.append(b)
            }
        }
        out.append(0x22)
    }
}
