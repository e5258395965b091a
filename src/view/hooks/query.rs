//! The address's query (`?condition=…&model=…`), for the pages whose state is their link.

use yew::prelude::*;
use yew_router::prelude::*;

/// The current query as the address has it (with its `?`, which every reader of it skips);
/// empty outside a router (a component rendered alone).
#[hook]
pub fn use_query() -> String {
    use_location()
        .map(|location| location.query_str().to_string())
        .unwrap_or_default()
}
