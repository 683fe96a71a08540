# Stand-in (helper): no custom fonts installed, the renderer keeps its default OpenSans
def get_fonts(event=None, pdf_support_required=False):
    return {}
