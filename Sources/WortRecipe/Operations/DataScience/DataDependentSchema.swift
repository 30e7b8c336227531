import WortCore
