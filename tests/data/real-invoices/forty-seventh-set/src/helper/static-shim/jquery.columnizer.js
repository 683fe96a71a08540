/* helper-made stand-in for django-SHOP's shop/js/admin/jquery.columnizer.js (not in the file store):
   single-page case only -- moves all content of the source element into the target page and
   calls the overflow doneFunc, as the real columnizer does when everything fits on one page.
   window.print() (called by shop/print/base.html when done, to open the browser's print dialog)
   is made a no-op here, because headless Chromium's --print-to-pdf does the printing instead. */
window.print = function(){};
(function($){
  $.fn.columnize = function(options){
    var $target = $(options.target);
    $target.append(this.contents());
    if (options.overflow && options.overflow.doneFunc) { options.overflow.doneFunc(); }
    return this;
  };
})(jQuery);
