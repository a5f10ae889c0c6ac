/** Applicants' photos go through the press module's shared photo checks. */
export { checkPhoto, imageDimensions, MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PHOTO_SIDE, PHOTO_TYPES, type Photo, type PhotoType } from '../images.js';
