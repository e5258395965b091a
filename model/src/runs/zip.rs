//! Reading ZIP archives a reader drops on the page: Inspect's `.eval` logs (entries compressed
//! with deflate, or with zstd, ZIP method 93, since inspect_ai 0.3.206) and zipped results folders.
//!
//! Why by hand: the `zip` crate's zstd support binds the C library, which does not build for
//! wasm32-unknown-unknown, and a reader of hostile files wants every limit in view. This reads the
//! central directory and one entry at a time, without I/O of its own ("sans I/O"): the caller reads
//! the byte ranges this asks for (in the browser, `File.slice`), so an archive of 18,000 samples is
//! never in memory whole. Inflating is `miniz_oxide`'s, zstd is `ruzstd`'s.
//!
//! Limits, each an error naming what was wrong, never a hang or a crash: an entry may not declare
//! or produce more than [`MAX_ENTRY_BYTES`]; an entry that produces more than it declared is cut
//! off (a compression bomb lies about its size); names that climb out of the archive (`..`, an
//! absolute path) are refused; ZIP64 and encrypted entries are reported as unsupported.

use std::io::Read;

use super::Unpacked;

/// The most one entry may hold once decompressed: a sample file is tens of kilobytes.
pub const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;

/// How many bytes from the end of the archive hold the end-of-directory record and its comment.
pub const TAIL_BYTES: u64 = 22 + 65_535;

const END_OF_DIRECTORY: u32 = 0x0605_4b50;
const DIRECTORY_ENTRY: u32 = 0x0201_4b50;
const LOCAL_HEADER: u32 = 0x0403_4b50;
const LOCAL_HEADER_LEN: u64 = 30;

/// Where the central directory is, as the end-of-directory record says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Directory {
    pub offset: u64,
    pub size: u64,
    pub entries: u64,
}

/// How an entry is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    Stored,
    Deflate,
    Zstd,
}

/// One file of the archive, as the central directory describes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub method: Method,
    pub compressed: u64,
    pub uncompressed: u64,
    /// Where its local header starts.
    pub header_offset: u64,
}

impl Entry {
    /// The byte range to read for [`Entry::data`]: the local header, its name and extra field
    /// (whose length the central directory does not give, so a generous allowance), then the data.
    pub fn range(&self) -> (u64, u64) {
        let allowance = LOCAL_HEADER_LEN + 0xFFFF + 0xFFFF;
        (
            self.header_offset,
            self.header_offset + allowance + self.compressed,
        )
    }

    /// The entry's bytes, decompressed, from the bytes of [`Entry::range`] (cut to the file's end).
    /// An error says what is wrong; the caller names the entry.
    pub fn data(&self, range: &[u8]) -> Result<Vec<u8>, String> {
        if le32(range, 0) != Some(LOCAL_HEADER) {
            return Err("its local header is missing (a damaged archive)".into());
        }
        let name_len = le16(range, 26).unwrap_or(0) as usize;
        let extra_len = le16(range, 28).unwrap_or(0) as usize;
        let start = LOCAL_HEADER_LEN as usize + name_len + extra_len;
        let end = start.saturating_add(self.compressed as usize);
        let compressed = range
            .get(start..end)
            .ok_or("the archive ends inside this entry (truncated)")?;
        let limit = self.uncompressed.min(MAX_ENTRY_BYTES) as usize;
        let data = match self.method {
            Method::Stored => compressed.to_vec(),
            // The error's status only: it also carries the partial output, which is no message.
            Method::Deflate => miniz_oxide::inflate::decompress_to_vec_with_limit(
                compressed, limit,
            )
            .map_err(|e| {
                format!(
                    "deflate data is damaged or larger than declared ({:?})",
                    e.status
                )
            })?,
            Method::Zstd => unzstd(compressed, limit)?,
        };
        if data.len() as u64 != self.uncompressed {
            return Err(format!(
                "holds {} bytes, but the archive declares {}",
                data.len(),
                self.uncompressed
            ));
        }
        Ok(data)
    }
}

/// zstd-decompresses at most `limit` bytes; more is an error (a bomb, or a lying header).
fn unzstd(compressed: &[u8], limit: usize) -> Result<Vec<u8>, String> {
    let decoder = ruzstd::decoding::StreamingDecoder::new(compressed)
        .map_err(|e| format!("zstd data is damaged ({e})"))?;
    let mut out = Vec::new();
    decoder
        .take(limit as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| format!("zstd data is damaged ({e})"))?;
    if out.len() > limit {
        return Err("zstd data is larger than declared".into());
    }
    Ok(out)
}

/// Finds the end-of-directory record in the archive's last [`TAIL_BYTES`] (or all of a smaller
/// file); `file_len` is the whole archive's length.
pub fn directory(tail: &[u8], file_len: u64) -> Result<Directory, String> {
    let found = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&at| le32(tail, at) == Some(END_OF_DIRECTORY))
        .ok_or("not a ZIP archive (no end-of-directory record)")?;
    let entries = u64::from(le16(tail, found + 10).unwrap_or(0));
    let size = u64::from(le32(tail, found + 12).unwrap_or(0));
    let offset = u64::from(le32(tail, found + 16).unwrap_or(0));
    if entries == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
        return Err("a ZIP64 archive, which this page does not read".into());
    }
    if offset.saturating_add(size) > file_len {
        return Err("the archive is truncated (its directory lies past its end)".into());
    }
    Ok(Directory {
        offset,
        size,
        entries,
    })
}

/// Reads the central directory's bytes into entries. Entries this page cannot or should not read
/// are listed in the second vector with the reason, so that the reader hears about them.
pub fn entries(directory: &[u8], file_len: u64) -> Result<(Vec<Entry>, Vec<String>), String> {
    let mut found = Vec::new();
    let mut refused = Vec::new();
    let mut at = 0usize;
    while at < directory.len() {
        if le32(directory, at) != Some(DIRECTORY_ENTRY) {
            return Err("the archive's directory is damaged".into());
        }
        let field16 = |offset: usize| le16(directory, at + offset).map(u64::from);
        let field32 = |offset: usize| le32(directory, at + offset).map(u64::from);
        let damaged = || "the archive's directory is truncated".to_string();
        let flags = field16(8).ok_or_else(damaged)?;
        let method = field16(10).ok_or_else(damaged)?;
        let compressed = field32(20).ok_or_else(damaged)?;
        let uncompressed = field32(24).ok_or_else(damaged)?;
        let name_len = field16(28).ok_or_else(damaged)? as usize;
        let extra_len = field16(30).ok_or_else(damaged)? as usize;
        let comment_len = field16(32).ok_or_else(damaged)? as usize;
        let header_offset = field32(42).ok_or_else(damaged)?;
        let name_start = at + 46;
        let name = directory
            .get(name_start..name_start + name_len)
            .ok_or_else(damaged)?;
        let name = String::from_utf8_lossy(name).into_owned();
        at = name_start + name_len + extra_len + comment_len;
        if name.ends_with('/') {
            continue;
        }
        let problem = if flags & 1 == 1 {
            Some("encrypted")
        } else if compressed == 0xFFFF_FFFF
            || uncompressed == 0xFFFF_FFFF
            || header_offset == 0xFFFF_FFFF
        {
            Some("a ZIP64 entry, which this page does not read")
        } else if climbs_out(&name) {
            Some("its name points outside the archive")
        } else if uncompressed > MAX_ENTRY_BYTES {
            Some("it declares more than 64 MB once unpacked")
        } else if header_offset.saturating_add(compressed) > file_len {
            Some("it lies past the end of the archive (truncated)")
        } else {
            None
        };
        let method = match method {
            0 => Some(Method::Stored),
            8 => Some(Method::Deflate),
            93 => Some(Method::Zstd),
            _ => None,
        };
        match (problem, method) {
            (Some(problem), _) => refused.push(format!("{name}: {problem}")),
            (None, None) => refused.push(format!(
                "{name}: compressed in a way this page does not read"
            )),
            (None, Some(method)) => found.push(Entry {
                name,
                method,
                compressed,
                uncompressed,
                header_offset,
            }),
        }
    }
    Ok((found, refused))
}

/// Whether a name would leave the archive's folder if it were unpacked.
fn climbs_out(name: &str) -> bool {
    name.starts_with('/')
        || name.starts_with('\\')
        || name.get(1..2) == Some(":")
        || name.split(['/', '\\']).any(|part| part == "..")
}

fn le16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn le32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The entries of an archive held in memory, and the problems of those refused.
pub fn listing(archive: &[u8]) -> Result<(Vec<Entry>, Vec<String>), String> {
    let len = archive.len() as u64;
    let tail_start = archive.len().saturating_sub(TAIL_BYTES as usize);
    let directory = directory(&archive[tail_start..], len)?;
    let listing = archive
        .get(directory.offset as usize..(directory.offset + directory.size) as usize)
        .ok_or("the archive is truncated")?;
    entries(listing, len)
}

/// One entry's bytes, decompressed, from an archive held in memory.
pub fn entry_data(archive: &[u8], entry: &Entry) -> Result<Vec<u8>, String> {
    let (start, end) = entry.range();
    let end = end.min(archive.len() as u64) as usize;
    let range = archive
        .get(start as usize..end)
        .ok_or("the archive is truncated")?;
    entry.data(range)
}

/// Reads a whole archive held in memory (tests, small files): every readable entry with its
/// bytes, and the problems of the others.
pub fn read_all(archive: &[u8]) -> Result<(Vec<Unpacked>, Vec<String>), String> {
    let (found, refused) = listing(archive)?;
    let read = found
        .into_iter()
        .map(|entry| {
            let data = entry_data(archive, &entry);
            (entry.name, data)
        })
        .collect();
    Ok((read, refused))
}
