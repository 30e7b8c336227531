import Foundation
import WortIO

/// Everything outside the recipe that a run depends on.
public struct RecipeEnvironment: Sendable {
    public var datasets: DatasetResolver
    public var secrets: SecretStore
    /// Seed of every random step (REPLACE_WITH_RANDOM_*, SHUFFLE_ROWS); fixed seed, same output.
    public var seed: UInt64?
    /// How second datasets are read.
    public var readOptions: ReadOptions
    /// "Now" for TODAY, fixed for the whole run.
    public var now: Date

    public init(datasets: DatasetResolver = DatasetResolver(), secrets: SecretStore = SecretStore(),
                seed: UInt64? = nil, readOptions: ReadOptions = ReadOptions(), now: Date = Date()) {
        self.datasets = datasets; self.secrets = secrets; self.seed = seed
        self.readOptions = readOptions; self.now = now
    }
}
