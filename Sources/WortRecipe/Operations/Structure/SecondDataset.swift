/// Resolving a JOIN/UNION's second dataset to a local file, as a pre-flight problem when
/// it cannot be found (before any data is read).
enum SecondDataset {
    static func path(_ context: inout StepContext, name nameParameter: String, location locationParameter: String) -> String? {
        let name = context.optionalString(nameParameter)
        let location = context.optionalString(locationParameter)
        switch context.environment.datasets.resolve(name: name, location: location) {
        case .success(let p): return p
        case .failure(let f):
            context.problem(name != nil ? nameParameter : locationParameter, f.message)
            return nil
        }
    }
}
