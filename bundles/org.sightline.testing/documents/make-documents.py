#!/usr/bin/env python3
"""Makes the test documents of the PDF and Word importers, once, with LibreOffice (not a build step).

    python3 make-documents.py SHARED_DIR      # e.g. ../../../../shared; needs soffice, qpdf, hyphen-en-us

Sources (public domain, see NOTICE): the bundled sample article (shared/samples) and a CENTCOM release
of the re3d set (shared/data/re3d/centcom). Each is written as flat ODF (.fodt) with a layout, then
converted to PDF and .docx by LibreOffice; the broken PDFs are made from the good ones. Automatic
hyphenation is on in the CENTCOM release only: a hyphen at a line end is ambiguous ("burden-" +
"sharing" is a compound, "deter-" + "rence" is not) and the sample must read exactly as its .txt.
"""
import json
import os
import re
import subprocess
import sys
import zlib
import struct
from xml.sax.saxutils import escape

SHARED = sys.argv[1] if len(sys.argv) > 1 else '../../../../shared'
OUT = os.path.dirname(os.path.abspath(__file__))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/"')

STYLES = '''
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.4cm"/>
   <style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
   <style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="13pt" fo:font-weight="bold" fo:hyphenate="false"/>
  </style:style>
  <style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="9pt" fo:font-style="italic"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center"/>
   <style:text-properties fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <text:list-style style:name="Bullets">
   <text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
'''


def page_layout(width, height, columns, header, footer):
    cols = '<style:columns fo:column-count="%d" fo:column-gap="0.8cm"/>' % columns if columns > 1 else ''
    hs = '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.4cm"/></style:header-style>' if header else ''
    fs = '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style>' if footer else ''
    return ('<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="%s" fo:page-height="%s" fo:margin-top="1.2cm" fo:margin-bottom="1.2cm" '
            'fo:margin-left="1.8cm" fo:margin-right="1.8cm">%s</style:page-layout-properties>%s%s</style:page-layout>'
            '<style:style style:name="Sect2" style:family="section"><style:section-properties>'
            '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>'
            '</office:automatic-styles>') % (width, height, '', hs, fs), cols


def master(header, footer):
    h = '<style:header><text:p text:style-name="Header">%s</text:p></style:header>' % escape(header) if header else ''
    f = ('<style:footer><text:p text:style-name="Footer">Page <text:page-number text:select-page="current">1</text:page-number>'
         ' of <text:page-count>1</text:page-count></text:p></style:footer>') if footer else ''
    return '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">%s%s</style:master-page></office:master-styles>' % (h, f)


def fodt(title, author, date, body, width='21cm', height='29.7cm', header=None, footer=False, two_columns_from=None, hyphenate=False):
    auto, _ = page_layout(width, height, 1, header, footer)
    if two_columns_from is not None:
        body = body[:two_columns_from] + ['<text:section text:style-name="Sect2" text:name="Columns">'] + body[two_columns_from:] + ['</text:section>']
    meta = ('<office:meta><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%sT09:00:00</meta:creation-date><dc:date>%sT09:00:00</dc:date></office:meta>') % (
        escape(title), escape(author), escape(author), date, date)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">%s%s%s%s<office:body><office:text>%s</office:text>'
            '</office:body></office:document>\n') % (NS, meta, STYLES.replace('fo:hyphenate="true"', 'fo:hyphenate="%s"' % str(hyphenate).lower()),
                                                    auto, master(header, footer), '\n'.join(body))


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def h(text):
    return '<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % escape(text)


def bullets(items):
    return '<text:list text:style-name="Bullets">%s</text:list>' % ''.join(
        '<text:list-item>%s</text:list-item>' % p('List_20_Paragraph', escape(i)) for i in items)


def sample_body():
    """The sample's lines with the kinds the plain-text importer gives them (title, subtitle, headings, lists)."""
    lines = open(os.path.join(SHARED, 'samples/pentagon-north-korea-deterrence.txt'), encoding='utf-8').read().split('\n')
    body, items, list_open = [], [], False
    body.append(p('Title', escape(lines[0])))
    body.append(p('Subtitle', escape(lines[1])))
    for line in lines[2:]:
        s = line.strip()
        if not s:
            continue
        if list_open and not re.search(r'[.!?]$', s):
            items.append(s)
            continue
        if items:
            body.append(bullets(items))
            items = []
        list_open = s.endswith(':')
        if len(s) < 70 and not re.search(r'[.!?:"\u201d]$', s):
            body.append(h(s))
        else:
            body.append(p('Text_20_body', escape(s)))
    if items:
        body.append(bullets(items))
    return lines[0], body


def centcom_body():
    docs = [json.loads(l) for l in open(os.path.join(SHARED, 'data/re3d/centcom/documents.json'), encoding='utf-8')]
    d = next(x for x in docs if x['_id'].startswith('26CC3286'))
    paras = [s.strip() for s in d['text'].split('\n') if s.strip()]
    body = [p('Title', escape(d['title'].strip()))]
    notes = ['Release from U.S. Central Command, public domain; retrieved for the re3d data set.',
             'Strike assessments are based on initial reports.']
    for i, para in enumerate(paras):
        text = escape(para)
        if i < len(notes):
            text += ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
                     '<text:note-body>%s</text:note-body></text:note>') % (i, i + 1, p('Footnote', escape(notes[i])))
        body.append(p('Text_20_body', text))
    return d['title'].strip(), body, paras, notes


def convert(name, formats=('pdf', 'docx')):
    for f in formats:
        subprocess.run(['soffice', '--headless', '--convert-to', f, '--outdir', OUT, os.path.join(OUT, name + '.fodt')],
                       check=True, stdout=subprocess.DEVNULL)


def png(width, height):
    """A grey image with a dark band: the content of an image-only (scanned) page."""
    raw = b''.join(b'\x00' + bytes(40 if 20 < y < 40 else 200 for _ in range(width)) for y in range(height))
    chunk = lambda t, d: struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def main():
    title, body = sample_body()
    author = 'Sightline test (sample article)'
    with open(os.path.join(OUT, 'sample-header-footer.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt(title, author, '2026-11-26', body, width='14.8cm', height='21cm',
                     header='Defense Policy Review \u2014 test copy', footer=True))
    convert('sample-header-footer', ('pdf', 'docx', 'odt'))
    with open(os.path.join(OUT, 'sample-two-columns.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt(title, author, '2026-11-26', body, header='Defense Policy Review \u2014 two-column test copy',
                     footer=True, two_columns_from=2))
    convert('sample-two-columns', ('pdf',))
    ctitle, cbody, _, _ = centcom_body()
    with open(os.path.join(OUT, 'centcom-footnotes.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt(ctitle, 'U.S. Central Command', '2015-01-09', cbody, width='14.8cm', height='21cm',
                     header='CENTCOM release \u2014 test copy', footer=True, two_columns_from=1, hyphenate=True))
    convert('centcom-footnotes')
    # Image only: one page holding a picture and no text.
    import base64
    image = base64.b64encode(png(400, 60)).decode('ascii')
    img = ('<text:p text:style-name="Standard"><draw:frame draw:name="scan" svg:width="12cm" svg:height="1.8cm" '
           'text:anchor-type="as-char"><draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame></text:p>') % image
    with open(os.path.join(OUT, 'scanned-image-only.fodt'), 'w', encoding='utf-8') as f:
        f.write(fodt('', '', '2026-11-26', [img]))
    convert('scanned-image-only', ('pdf',))
    # Broken: cut in half, and encrypted with a user password.
    data = open(os.path.join(OUT, 'sample-header-footer.pdf'), 'rb').read()
    open(os.path.join(OUT, 'truncated.pdf'), 'wb').write(data[:len(data) // 3])
    subprocess.run(['qpdf', '--encrypt', 'secret', 'owner', '256', '--', os.path.join(OUT, 'sample-header-footer.pdf'),
                    os.path.join(OUT, 'encrypted.pdf')], check=True)
    for n in ('sample-header-footer', 'sample-two-columns', 'centcom-footnotes', 'scanned-image-only'):
        os.remove(os.path.join(OUT, n + '.fodt'))


if __name__ == '__main__':
    main()
