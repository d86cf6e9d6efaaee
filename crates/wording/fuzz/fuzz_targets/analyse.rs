//! Any UTF-8 text: analysis never panics and every span it returns is a valid slice of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let analysis = wording::analyse(text);
    for finding in &analysis.findings {
        for span in &finding.spans {
            assert!(text.get(span.clone()).is_some(), "{span:?} is not a slice of the text");
        }
    }
});
