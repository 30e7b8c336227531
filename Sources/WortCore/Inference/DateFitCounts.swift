/// How many date-like values fit each reading of day and month.
public struct DateFitCounts: Sendable, Equatable {
    /// Fit whatever the order: ISO (year first) and dotted (day first) dates.
    public internal(set) var anyOrder = 0
    /// Dotted dates (`D.M.YYYY`), also counted in `anyOrder`; evidence for day first.
    public internal(set) var dotted = 0
    /// `A/B/YYYY` valid only as month/day.
    public internal(set) var monthFirstOnly = 0
    /// `A/B/YYYY` valid only as day/month.
    public internal(set) var dayFirstOnly = 0
    /// `A/B/YYYY` valid both ways (e.g. 03/04/2024).
    public internal(set) var bothOrders = 0

    public init() {}

    /// Values that parse under at least one order.
    public var total: Int { anyOrder + monthFirstOnly + dayFirstOnly + bothOrders }

    /// Values that parse when read with `order`.
    public func fitting(_ order: DateOrder) -> Int {
        anyOrder + bothOrders + (order == .monthFirst ? monthFirstOnly : dayFirstOnly)
    }

    /// Day first when more values need it (or are dotted) than need month first.
    public var preferredOrder: DateOrder {
        dayFirstOnly + dotted > monthFirstOnly ? .dayFirst : .monthFirst
    }

    @inline(__always)
    mutating func count(_ d: DateText) {
        switch d.layout {
        case .yearFirst:
            if d.resolve(.monthFirst) != nil { anyOrder += 1 }
        case .dotted:
            if d.resolve(.dayFirst) != nil { anyOrder += 1; dotted += 1 }
        case .slashYearLast:
            let m = d.resolve(.monthFirst) != nil, dd = d.resolve(.dayFirst) != nil
            if m && dd { bothOrders += 1 } else if m { monthFirstOnly += 1 } else if dd { dayFirstOnly += 1 }
        }
    }

    mutating func merge(_ o: DateFitCounts) {
        anyOrder += o.anyOrder; dotted += o.dotted; monthFirstOnly += o.monthFirstOnly
        dayFirstOnly += o.dayFirstOnly; bothOrders += o.bothOrders
    }
}
