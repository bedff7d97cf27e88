import Typesetting

/// Documents of one render shared out between its threads (the project sheets, the progress reports):
/// each takes the next one no one has taken when it is free, so that they finish together however much
/// each had to do before.
public typealias DocumentClaims = Claims
