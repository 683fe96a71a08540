// ImagePrep: cleans a scanned or photographed page for OCR (OpenCV behind it): upright
// orientation, dark scanner borders removed, uneven lighting flattened, specks removed,
// skew corrected, resolution brought to what Tesseract reads best.
#pragma once

#include "extractors/gray_image.h"
#include "models/error.h"
#include "models/field.h"

namespace verifact {

struct PreparedPage {
  GrayImage image;  // what the OCR engine reads
  GrayImage grey;   // the same page before binarisation, for a closer second look

  // How `image` was made from the original, to map boxes back: the original was turned
  // `quarter_turns` × 90° clockwise, cropped to (crop_x, crop_y, crop_w, crop_h) in the turned
  // image, rotated by `skew_degrees` about the crop's centre, and scaled by `scale`.
  int quarter_turns = 0;
  int crop_x = 0, crop_y = 0, crop_w = 0, crop_h = 0;
  double skew_degrees = 0;
  double scale = 1;
  int original_width = 0, original_height = 0;
  int prepared_width = 0, prepared_height = 0;  // of `image`, kept when the image is dropped

  // A box given as fractions of `image`, as fractions of the original picture.
  BBox ToOriginal(const BBox& box) const;
};

struct PrepOptions {
  // Pages below `min_dpi` are scaled up to `target_dpi`, pages above `max_dpi` down to it;
  // between them Tesseract reads them as they are (scaling 200 dpi up costs twice the time
  // for no gain on printed invoices).
  double min_dpi = 180;
  double max_dpi = 400;
  double target_dpi = 300;
  double max_skew_degrees = 6;
  bool despeckle = true;  // drop isolated specks after binarisation
  bool binarize = false;  // give OCR the Otsu binary rather than the flattened grey
};

// `quarter_turns`: clockwise turns that make the page upright. Thread-safe. Error
// IMAGE_TOO_SMALL for a picture under an inch of paper at its resolution (nothing to read),
// OCR_FAILED if OpenCV fails on it.
Result<PreparedPage> PrepareForOcr(const GrayImage& original, int quarter_turns,
                                   const PrepOptions& options);

// The page's resolution: the file's own when plausible, else estimated from an A4 page.
double EffectiveDpi(const GrayImage& image);

// A copy scaled so that its longer side holds about `max_side` pixels (for fast detection).
GrayImage Downscaled(const GrayImage& image, int max_side);

// Rows [y0, y1) of `image`, enlarged `factor` times (for reading small print again); empty
// when there is nothing to crop.
GrayImage CropRowsScaled(const GrayImage& image, int y0, int y1, double factor);

// True when the page's text lines run vertically (a page scanned sideways, turned 90° or
// 270°): ink varies more along columns than along rows. Cheap: works on a reduced copy.
bool LooksSideways(const GrayImage& image);

}  // namespace verifact
