"""Render a Briefing to PDF with fpdf2 and the shipped DejaVu fonts: headings, tables, clickable links, page numbers."""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout, TableCellFillMode, XPos, YPos
from fpdf.fonts import FontFace

from assistant.briefing.doc import Block, Briefing, Bullets, Heading, Para, Table, quoted, source_groups
from assistant.briefing.texts import bt
from assistant.models import Citation

FONTS = Path(__file__).resolve().parent / "fonts"
FAMILY = "DejaVu"
INK = (33, 37, 41)
ACCENT = (14, 80, 104)
MUTED = (102, 112, 122)
RULE = (200, 210, 216)
LIGHT = (238, 244, 247)
ZEBRA = (247, 249, 250)
_ITALIC = re.compile(r"(?<![*\w])\*(?!\*)([^*\n]+?)(?<!\*)\*(?![*\w])")


def inline(text: str) -> str:
    """Our inline Markdown → fpdf2's: '__', '--', '~~' escaped, *italic* → __italic__, code ticks dropped."""
    for marker in ("__", "--", "~~"):
        text = text.replace(marker, "\\" + marker)
    return _ITALIC.sub(r"__\1__", text).replace("`", "")


class BriefingPDF(FPDF):
    def __init__(self, briefing: Briefing) -> None:
        super().__init__(orientation="portrait", unit="mm", format="A4")
        self.briefing = briefing
        for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans.ttf"),
                            ("BI", "DejaVuSans-Bold.ttf")):
            self.add_font(FAMILY, style, str(FONTS / file))
        self.set_margins(18, 16, 18)
        self.set_auto_page_break(True, margin=18)
        self.MARKDOWN_LINK_COLOR = ACCENT  # type: ignore[assignment]
        self.set_title(f"{briefing.title} — {briefing.company}")
        self.set_author("Boussole")
        self.set_creator("Boussole")
        self.set_lang(briefing.lang)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        lang = self.briefing.lang
        self.cell(self.epw / 2, 5, bt(lang, "footer", company=self.briefing.company), align="L")
        self.cell(self.epw / 2, 5, bt(lang, "page", n=self.page_no(), nb=self.str_alias_nb_pages), align="R")

    # ---- pieces ----------------------------------------------------------------------------------------------------
    def text_block(self, text: str, size: float = 9.5, color: tuple[int, int, int] = INK, indent: float = 0,
                   height: float | None = None, style: str = "") -> None:
        self.set_font(FAMILY, style, size)
        self.set_text_color(*color)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, height or size * 0.5, inline(text), markdown=True, align="L",
                        new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def keep_room(self, mm: float) -> None:
        if self.get_y() + mm > self.h - self.b_margin:
            self.add_page()

    def title_block(self) -> None:
        b = self.briefing
        self.set_font(FAMILY, "B", 8)
        self.set_text_color(*ACCENT)
        self.cell(0, 5, bt(b.lang, "brand").upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1)
        self.text_block(b.company, size=19, style="B", height=9)
        self.ln(3)
        top = self.get_y()
        rows = len(b.header_lines)
        self.set_fill_color(*LIGHT)
        self.rect(self.l_margin, top, self.epw, rows * 5.6 + 9, style="F")
        self.set_fill_color(*ACCENT)
        self.rect(self.l_margin, top, 1.2, rows * 5.6 + 9, style="F")
        self.set_y(top + 2.5)
        for label, value in b.header_lines:
            self.set_x(self.l_margin + 5)
            self.set_font(FAMILY, "B", 8.5)
            self.set_text_color(*MUTED)
            self.cell(42, 5.6, label)
            self.set_font(FAMILY, "", 9)
            self.set_text_color(*INK)
            self.cell(self.epw - 50, 5.6, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(self.l_margin + 5)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*MUTED)
        self.cell(self.epw - 10, 5, bt(b.lang, "header_note"), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_y(top + rows * 5.6 + 9 + 4)

    def section_heading(self, title: str) -> None:
        self.keep_room(40)
        self.ln(3)
        self.set_font(FAMILY, "B", 13)
        self.set_text_color(*ACCENT)
        self.cell(0, 8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
        self.set_line_width(0.2)
        self.ln(3)

    def sub_heading(self, text: str) -> None:
        self.keep_room(35)
        self.ln(2.5)
        self.text_block(text, size=11, style="B", color=ACCENT, height=5.6)
        self.ln(0.8)

    def bullets(self, b: Bullets) -> None:
        for level, text in b.items:
            self.keep_room(6)
            indent = 2 + level * 6
            self.set_font(FAMILY, "", 9.5 if level == 0 else 9)
            self.set_text_color(*(ACCENT if level == 0 else MUTED))
            self.set_x(self.l_margin + indent)
            self.cell(4, 4.8, "•" if level == 0 else "–")
            self.text_block(text, size=9.5 if level == 0 else 9, indent=indent + 4, height=4.8)
            self.ln(0.6)

    def data_table(self, t: Table) -> None:
        wide = len(t.header) > 5
        size = 7.2 if wide else 8.5
        self.set_font(FAMILY, "", size)
        self.set_text_color(*INK)
        self.set_draw_color(*RULE)
        head = FontFace(family=FAMILY, emphasis="BOLD", color=(255, 255, 255), fill_color=ACCENT, size_pt=size)
        self.set_fill_color(255, 255, 255)  # rows that are not zebra-filled must not reuse an earlier fill colour
        self.keep_room(25)
        with self.table(col_widths=t.widths, headings_style=head, markdown=True, text_align="LEFT",
                        line_height=size * 0.47, padding=(1.4, 1.6, 1.4, 1.6), v_align="TOP",
                        borders_layout=TableBordersLayout.HORIZONTAL_LINES, cell_fill_color=ZEBRA,
                        cell_fill_mode=TableCellFillMode.ROWS, repeat_headings=1) as table:
            row = table.row()
            for h in t.header:
                row.cell(h)
            for cells in t.rows:
                row = table.row()
                for c in cells:
                    row.cell(inline(c))
        self.ln(3)

    def block(self, b: Block) -> None:
        if isinstance(b, Heading):
            self.sub_heading(b.text)
        elif isinstance(b, Para):
            self.keep_room(10)
            self.text_block(b.text, height=4.8)
            self.ln(2)
        elif isinstance(b, Bullets):
            self.bullets(b)
            self.ln(1.5)
        else:
            self.data_table(b)

    def sources(self, group: list[Citation]) -> None:
        """One source document (title, path, link), then each cited passage with its number."""
        first, lang = group[0], self.briefing.lang
        self.keep_room(18)
        self.text_block(f"**{first.title}**", size=8.5, color=ACCENT, height=4.4)
        where = f"{bt(lang, 'page_short')} {first.page} — " if first.page else ""
        where += f"[{first.url}]({first.url})" if first.url else ""
        if where:
            self.text_block(where.rstrip(" —"), size=7.5, color=MUTED, height=3.8)
        self.ln(0.6)
        for c in group:
            self.keep_room(8)
            self.set_x(self.l_margin + 2)
            self.set_font(FAMILY, "B", 8)
            self.set_text_color(*ACCENT)
            self.cell(9, 4, f"[{c.n}]")
            self.text_block(quoted(c, lang), size=8, indent=11, height=4)
            self.ln(0.5)
        self.ln(1.8)


def render_pdf(briefing: Briefing) -> bytes:
    """The briefing as PDF bytes (A4, embedded DejaVu fonts, page numbers 'Page n/N', clickable program links)."""
    pdf = BriefingPDF(briefing)
    pdf.add_page()
    pdf.title_block()
    for sec in briefing.sections:
        pdf.section_heading(sec.title)
        for b in sec.blocks:
            pdf.block(b)
    if briefing.citations:
        pdf.section_heading(bt(briefing.lang, "s_sources"))
        for group in source_groups(briefing.citations):
            pdf.sources(group)
    return bytes(pdf.output())
