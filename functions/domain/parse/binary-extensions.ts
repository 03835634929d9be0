/**
 * Extensions of files that are never an article's text: images, archives,
 * audio, video, fonts, programs and office documents the parser does not
 * name (./format.ts UNSUPPORTED names the document formats). A file so
 * named fails UNSUPPORTED_FORMAT by its name, at POST and at ingest alike,
 * rather than BINARY once its bytes are read. Names with an extension nobody
 * knows (`minutes.2024`) are not in it: their Content-Type or their text
 * decides how they are read.
 */
export const BINARY_EXTENSIONS: ReadonlySet<string> = new Set(
  [
    // images
    'png jpg jpeg jpe jfif gif webp bmp tif tiff ico heic heif avif psd cr2 nef dng',
    // archives and disk images (a readable format inside a .gz is read: extensionOf looks through the .gz)
    'zip tar tgz tbz2 txz bz2 xz zst lz lzma 7z rar cab iso dmg jar apk',
    // audio and video
    'mp3 wav flac aac ogg oga opus m4a wma mp4 m4v mov avi mkv webm wmv flv mpg mpeg 3gp',
    // fonts and programs
    'woff woff2 ttf otf eot exe dll so dylib bin class wasm msi deb rpm',
    // office documents and data files ./format.ts does not name
    'ods odp odg pages numbers sqlite db parquet avro',
  ].flatMap((group) => group.split(' ')),
);
