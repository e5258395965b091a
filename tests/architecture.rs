//! The layout's rules, checked on the source (ARCHITECTURE.md states them):
//! the model crate knows nothing of the browser; the routes are a leaf; no view module imports
//! one that imports it back, directly or round a loop; only the content pages' chunk names a
//! content page; no function runs past about 80 lines; the loader's list of content
//! pages is the routes' own; the stylesheet never styles a test hook; every key of a link that asks
//! for another view is one its page's file names.

use std::collections::{BTreeMap, BTreeSet};

mod common;

use common::root;
use cornered::routes::Route;
use yew_router::Routable;

/// Every `.rs` file under `src/`, by its module path (`view::explorer::headline`).
fn modules() -> BTreeMap<String, String> {
    common::sources()
        .into_iter()
        .map(|(path, text)| {
            let mut parts: Vec<String> = path
                .with_extension("")
                .iter()
                .map(|p| p.to_string_lossy().into_owned())
                .collect();
            let module = match parts.last().map(String::as_str) {
                Some("lib" | "main") => "crate".to_string(),
                Some("mod") => {
                    parts.pop();
                    parts.join("::")
                }
                _ => parts.join("::"),
            };
            (module, text)
        })
        .collect()
}

/// Code without comments, so that a doc comment naming a module is not an import.
fn code(text: &str) -> String {
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The modules a module names: `crate::a::b`, `super::x`, `self::x`, and in a `mod.rs` or
/// `lib.rs` the paths that start with one of its children, resolved to the longest known module.
fn imports(module: &str, text: &str, known: &BTreeMap<String, String>) -> BTreeSet<String> {
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let is_folder = known.keys().any(|k| k.starts_with(&format!("{module}::")));
    let mut found = BTreeSet::new();
    let code = code(text);
    let words = code.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'));
    for word in words {
        let path = if let Some(rest) = word.strip_prefix("crate::") {
            rest.to_string()
        } else if let Some(rest) = word.strip_prefix("super::") {
            if parent.is_empty() {
                rest.to_string()
            } else {
                format!("{parent}::{rest}")
            }
        } else if let Some(rest) = word.strip_prefix("self::") {
            format!("{module}::{rest}")
        } else if is_folder && word.contains("::") && module != "crate" {
            format!("{module}::{word}")
        } else if module == "crate" {
            word.to_string()
        } else {
            continue;
        };
        let mut parts: Vec<&str> = path.split("::").collect();
        while !parts.is_empty() {
            let candidate = parts.join("::");
            if known.contains_key(&candidate) {
                if candidate != module {
                    found.insert(candidate);
                }
                break;
            }
            parts.pop();
        }
    }
    found
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let known = modules();
    known
        .iter()
        .map(|(module, text)| (module.clone(), imports(module, text, &known)))
        .collect()
}

/// A loop of imports through `start`, if there is one.
fn cycle_through(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_string(), vec![start.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((at, path)) = stack.pop() {
        for next in graph.get(&at).into_iter().flatten() {
            if next == start {
                let mut cycle = path.clone();
                cycle.push(start.to_string());
                return Some(cycle);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}

#[test]
fn no_view_module_imports_one_that_imports_it_back() {
    let graph = graph();
    let view: Vec<&String> = graph.keys().filter(|m| m.starts_with("view")).collect();
    assert!(view.len() > 30, "the view's modules were found: {view:?}");
    let cycles: Vec<String> = view
        .iter()
        .filter_map(|m| cycle_through(&graph, m))
        .map(|cycle| cycle.join(" → "))
        .collect();
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

#[test]
fn the_routes_are_a_leaf() {
    let graph = graph();
    let named = &graph["routes"];
    assert!(named.is_empty(), "routes.rs names {named:?}");
    // The test can fail: the graph does see the views' imports of the routes.
    assert!(graph["view::shell::app"].contains("routes"));
}

#[test]
fn only_the_chunk_names_a_content_page() {
    let known = modules();
    let chunk_modules: Vec<&String> = known
        .keys()
        .filter(|m| m.starts_with("view::content::"))
        .collect();
    assert!(chunk_modules.len() >= 10, "{chunk_modules:?}");
    for (module, text) in &known {
        if module == "view::content" || module.starts_with("view::content::") {
            continue;
        }
        for inner in imports(module, text, &known) {
            assert!(
                !inner.starts_with("view::content::"),
                "{module} names {inner}: outside the chunk only its entry (view::content) may be \
                 named, or the page's code moves back into the main module"
            );
        }
    }
}

#[test]
fn the_model_crate_knows_nothing_of_the_browser() {
    let manifest = std::fs::read_to_string(root().join("model/Cargo.toml")).unwrap();
    for crate_name in ["yew", "web-sys", "wasm-bindgen", "gloo", "js-sys"] {
        let named = manifest
            .lines()
            .any(|line| line.trim_start().starts_with(crate_name));
        assert!(!named, "model/Cargo.toml depends on {crate_name}");
    }
}

/// Each `fn` of a file, by its name and number of lines (to its closing brace at its indent).
fn function_lengths(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let is_fn = trimmed.starts_with("fn ") || trimmed.starts_with("pub fn ");
        if !is_fn || trimmed.ends_with(';') {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let closing = " ".repeat(indent) + "}";
        if let Some(end) = lines[start..].iter().position(|l| *l == closing) {
            let name = trimmed.trim_start_matches("pub ").trim_start_matches("fn ");
            let name = name
                .split(['(', '<'])
                .next()
                .unwrap_or_default()
                .to_string();
            found.push((name, end + 1));
        }
    }
    found
}

#[test]
fn no_function_runs_past_about_eighty_lines() {
    let mut files: Vec<(String, String)> = common::sources()
        .into_iter()
        .map(|(path, text)| (format!("src/{}", path.display()), text))
        .collect();
    for (path, text) in common::rust_files("model/src") {
        files.push((format!("model/src/{}", path.display()), text));
    }
    files.push((
        "build.rs".into(),
        std::fs::read_to_string(root().join("build.rs")).unwrap(),
    ));
    assert!(files.len() > 50, "{} files read", files.len());
    let mut long = Vec::new();
    for (file, text) in &files {
        for (name, length) in function_lengths(text) {
            if length > 85 {
                long.push(format!("{file}: {name}, {length} lines"));
            }
        }
    }
    assert!(long.is_empty(), "split these:\n{}", long.join("\n"));
}

#[test]
fn the_loader_preloads_for_exactly_the_pages_that_show_content() {
    let loader = std::fs::read_to_string(root().join("static/start.js")).unwrap();
    let listed = loader
        .lines()
        .find_map(|line| line.trim().strip_prefix("const CONTENT_PAGES = ["))
        .and_then(|rest| rest.split_once(']'))
        .map(|(list, _)| list)
        .expect("static/start.js lists CONTENT_PAGES");
    let listed: BTreeSet<&str> = listed
        .split(',')
        .map(|item| item.trim().trim_matches('\''))
        .filter(|item| !item.is_empty())
        .collect();
    let first_segment = |route: &Route| {
        route
            .to_path()
            .trim_start_matches('/')
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let all = [
        Route::Home,
        Route::Story,
        Route::StoryStep { step: 2 },
        Route::Explore,
        Route::Sources,
        Route::Transcripts,
        Route::Transcript { id: "any".into() },
        Route::Myths,
        Route::Classroom,
        Route::Handout,
        Route::Since,
        Route::YourRuns,
        Route::NotFound,
    ];
    assert_eq!(
        all.len(),
        Route::routes().len(),
        "every route is in this list"
    );
    let content: BTreeSet<String> = all
        .iter()
        .filter(|r| r.shows_content())
        .map(first_segment)
        .collect();
    let other: BTreeSet<String> = all
        .iter()
        .filter(|r| !r.shows_content())
        .map(first_segment)
        .collect();
    let listed: BTreeSet<String> = listed.into_iter().map(str::to_string).collect();
    assert_eq!(listed, content, "static/start.js CONTENT_PAGES");
    assert!(
        content.is_disjoint(&other),
        "a first segment is shared: {content:?} {other:?}"
    );
}

#[test]
fn only_the_chunk_names_a_content_page_s_text() {
    // Their words are in the content file, which only the chunk's pages can count on.
    let mut named_in = Vec::new();
    for (module, text) in modules() {
        let allowed = module.starts_with("view::content") || module == "i18n";
        if !allowed && code(&text).contains("PageKey::") {
            named_in.push(module);
        }
    }
    assert!(
        named_in.is_empty(),
        "PageKey outside the chunk: {named_in:?}"
    );
    assert!(
        code(&modules()["view::content::story"]).contains("PageKey::"),
        "the test sees them"
    );
}

#[test]
fn the_stylesheet_never_styles_a_test_hook() {
    // The build leaves `data-testid` out of the pages' files (scripts/build.mjs, `writePages`), so
    // a rule that selects one styles the app but not the file the reader sees first, and the page
    // changes under the reader as the app starts (a button 7 px taller pushed a run's page down).
    let css = std::fs::read_to_string(root().join("static/style.css")).expect("static/style.css");
    let hooks: Vec<&str> = css
        .lines()
        .filter(|line| line.contains("data-testid"))
        .collect();
    assert!(
        hooks.is_empty(),
        "static/style.css selects test hooks; use a class: {hooks:?}"
    );
}

#[test]
fn every_key_a_link_reads_is_a_view_key_of_its_page() {
    // static/first-paint.js shows a page's file only where the address names no other view of
    // it, by the keys the file says its page reads (`Route::view_keys`, written by
    // scripts/build.mjs). A key the link parser reads that is not among them would show the
    // file's numbers for a link that asks for others.
    let link = std::fs::read_to_string(root().join("model/src/link.rs")).unwrap();
    let arms: BTreeSet<&str> = link
        .lines()
        .map(str::trim)
        .filter(|line| line.starts_with('"') && (line.contains("\" =>") || line.contains("\" if ")))
        .filter_map(|line| line.split('"').nth(1))
        .filter(|key| *key != "lang")
        .collect();
    let explorer: BTreeSet<&str> = Route::Explore.view_keys().iter().copied().collect();
    assert_eq!(
        arms, explorer,
        "ParsedLink::parse's keys against the explorer's view keys"
    );
    assert!(
        link.contains("key == STEP_KEY"),
        "step_param reads the step by STEP_KEY"
    );
    for route in [Route::Story, Route::Transcript { id: String::new() }] {
        assert_eq!(
            route.view_keys(),
            [model::link::STEP_KEY],
            "{route:?} reads a step"
        );
    }
    let script = std::fs::read_to_string(root().join("static/first-paint.js")).unwrap();
    assert!(
        script.contains("dataset.viewKeys") && !script.contains("'scenario'"),
        "static/first-paint.js takes the keys from the page's file, not from a list of its own"
    );
}
