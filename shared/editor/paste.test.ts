import { describe, expect, it } from 'vitest';
import { bijoyPasteConversion, cleanPastedHtml, isProseMirrorClipboard } from './paste';

// Trimmed from a real Word 365 (Windows) clipboard: CF_HTML body with its head,
// conditional comments, mso classes and styles, list paragraphs and <o:p>.
const WORD = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<link rel=File-List href="file:///C:/Users/rep/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
<style><!-- /* Style Definitions */ p.MsoNormal {mso-style-unhide:no; margin:0in; font-family:"Calibri",sans-serif;}
@page WordSection1 {size:8.5in 11.0in;} --></style></head>
<body lang=EN-US style='tab-interval:.5in'><!--StartFragment-->
<h1 style='mso-margin-top-alt:auto'><span lang=BN style='font-family:"Nirmala UI",sans-serif;mso-bidi-language:BN'>বাজেট পাস<o:p></o:p></span></h1>
<p class=MsoNormal style='text-align:justify'><b style='mso-bidi-font-weight:normal'><span lang=BN
style='font-family:"Nirmala UI",sans-serif'>ঢাকা</span></b><span lang=BN style='font-family:"Nirmala UI"'>, ১২ মার্চ — <i>সংসদে</i> <u>আজ</u>
<a href="https://example.com/budget" onclick="track()" class=MsoHyperlink>বাজেট</a> <a href="#_Toc123">সূচি</a><span style='mso-spacerun:yes'>&nbsp; </span>পাস হয়েছে।<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>প্রথম দফা<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-.25in;mso-list:l0 level1 lfo1'><![if !supportLists]><span
style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>দ্বিতীয় দফা<o:p></o:p></p>
<p class=MsoListParagraph style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span
style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>এক নম্বর<o:p></o:p></p>
<h5>ছোট</h5><script>alert(1)</script><img src="file:///C:/x.png" onerror="alert(1)">
<!--EndFragment--></body></html>`;

// A Google Docs paste as Chrome puts it on the clipboard.
const GDOCS =
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-4b1e2c6a-7fff-9d1c-2a3b-0c1d2e3f4a5b">' +
  '<h1 dir="ltr" style="line-height:1.38;margin-top:20pt;margin-bottom:6pt;" id="h.abc123"><span style="font-size:20pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">শিরোনাম</span></h1>' +
  '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:700;font-style:normal;text-decoration:none;">মোটা</span>' +
  '<span style="font-size:11pt;font-weight:400;font-style:normal;"> আর </span>' +
  '<span style="font-size:11pt;font-weight:400;font-style:italic;">বাঁকা</span>' +
  '<span style="font-size:11pt;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">দাগ</span>' +
  '<span style="font-size:11pt;font-weight:700;font-style:italic;text-decoration:line-through;">সব</span> ' +
  '<a href="https://example.com/?a=1&amp;b=2" style="text-decoration:none;"><span style="font-size:11pt;color:#1155cc;font-weight:400;text-decoration:underline;-webkit-text-decoration-skip:none;">লিংক</span></a></p>' +
  '<br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="ltr" style="line-height:1.38;" role="presentation"><span style="font-size:11pt;font-weight:400;">এক</span></p></li></ul>' +
  '<ol start="3"><li dir="ltr"><p dir="ltr"><span style="font-weight:400;">তিন</span></p></li></ol>' +
  '</b><br class="Apple-interchange-newline">';

describe('cleanPastedHtml', () => {
  it('cleans a Word document down to structure', () => {
    const html = cleanPastedHtml(WORD).replace(/\s+/g, ' ').trim();
    expect(html).toBe(
      '<h2>বাজেট পাস</h2> ' +
        '<p><strong>ঢাকা</strong>, ১২ মার্চ — <em>সংসদে</em> <u>আজ</u> ' +
        '<a href="https://example.com/budget">বাজেট</a> সূচি&nbsp; পাস হয়েছে।</p> ' +
        '<p></p> ' +
        '<ul><li><p>প্রথম দফা</p></li><li><p>দ্বিতীয় দফা</p></li></ul> ' +
        '<ol><li><p>এক নম্বর</p></li></ol> ' +
        '<h4>ছোট</h4>',
    );
  });

  it('cleans a Google Docs paste, keeping the formatting its spans carry', () => {
    expect(cleanPastedHtml(GDOCS)).toBe(
      '<h2>শিরোনাম</h2>' +
        '<p><strong>মোটা</strong> আর <em>বাঁকা</em><u>দাগ</u><strong><em><s>সব</s></em></strong> ' +
        '<a href="https://example.com/?a=1&amp;b=2">লিংক</a></p>' +
        '<br><ul><li><p>এক</p></li></ul><ol start="3"><li><p>তিন</p></li></ol><br>',
    );
  });

  it('removes every attribute except a[href] and ol[start]', () => {
    expect(
      cleanPastedHtml(
        '<p id="x" class="MsoNormal" style="color:red" onclick="alert(1)" data-x=1>a<a href="https://a.bd" target=_blank onmouseover=alert(1)>b</a></p>',
      ),
    ).toBe('<p>a<a href="https://a.bd">b</a></p>');
  });

  it('turns Word for Mac list markers in comment form into lists too', () => {
    const html =
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span>1.<span> </span></span><!--[endif]-->এক</p>\n" +
      "<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span>2.</span><!--[endif]-->দুই</p>";
    expect(cleanPastedHtml(html)).toBe('<ol><li><p>এক</p></li><li><p>দুই</p></li></ol>');
  });

  it('maps h1 to h2 and h5/h6 to h4', () => {
    expect(cleanPastedHtml('<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4><h5>e</h5><h6>f</h6>')).toBe(
      '<h2>a</h2><h2>b</h2><h3>c</h3><h4>d</h4><h4>e</h4><h4>f</h4>',
    );
  });

  it('drops scripts, styles, comments and conditional comments with their content', () => {
    expect(
      cleanPastedHtml(
        '<style>p{}</style><script>alert(1)</script><!--[if gte mso 9]><xml>x</xml><![endif]--><!-- c --><p>ok</p><SCRIPT src=x></SCRIPT><!-- open',
      ),
    ).toBe('<p>ok</p>');
  });

  it('drops script links and escapes what is not a tag', () => {
    expect(cleanPastedHtml('<a href="javascript:alert(1)">x</a><a href=" JAVASCRIPT:alert(1)">y</a>')).toBe(
      'xy',
    );
    expect(cleanPastedHtml('<p>1 < 2 <img src=x onerror=alert(1)// </p>')).toBe(
      '<p>1 &lt; 2 &lt;img src=x onerror=alert(1)// </p>',
    );
  });

  it('leaves plain structure alone', () => {
    const html =
      '<p>a <strong>b</strong> <em>c</em></p><blockquote><p>q</p></blockquote><hr><ul><li>x</li></ul>';
    expect(cleanPastedHtml(html)).toBe(html);
  });

  it('stays fast on hostile input', () => {
    const hostile = `<a ${'b '.repeat(50_000)}${'<'.repeat(20_000)}<span style="${'x;'.repeat(50_000)}">`;
    const started = performance.now();
    cleanPastedHtml(hostile);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('isProseMirrorClipboard', () => {
  it('recognizes ProseMirror clipboard HTML', () => {
    expect(isProseMirrorClipboard('<p data-pm-slice="1 1 []">x</p>')).toBe(true);
    expect(isProseMirrorClipboard(GDOCS)).toBe(false);
  });
});

describe('bijoyPasteConversion', () => {
  it('converts Bijoy text and leaves English and Unicode Bengali alone', () => {
    expect(bijoyPasteConversion('Avwg evsjvq Mvb MvB')).toBe('আমি বাংলায় গান গাই');
    expect(bijoyPasteConversion('The Daily Star')).toBeNull();
    expect(bijoyPasteConversion('আমি বাংলায় গান গাই')).toBeNull();
    expect(bijoyPasteConversion('   ')).toBeNull();
  });

  it('trusts a Bijoy font named in the clipboard HTML for short snippets', () => {
    expect(bijoyPasteConversion('Ges')).toBeNull();
    expect(bijoyPasteConversion('Ges', '<span style="font-family:SutonnyMJ">Ges</span>')).toBe('এবং');
    expect(bijoyPasteConversion('Ges', '<span style="font-family:Calibri">Ges</span>')).toBeNull();
  });
});
