/**
 * A version-1 link of the seed incident (all 8 seed files, at: null), written when format v1 was
 * defined. CONSTANT FOREVER: if a change makes this stop decoding to the seed state, the change
 * broke every v1 link in every incident chat. Never regenerate it.
 */
export const v1SeedLink =
  '1.HZBOKs1dzW7CMAx-lUm77BJWoGPAcReKxGlC-4Np0rgPDtuef5_tlCRN0oQKpmoaAoGTOLVix_5sG4LNCkdhcSwZFjeD4G' +
  'b4VtxhtO00q4K2YKeDjWcsGO3wj2qPb3f1ROTB6KQLEbdkQ107iz2VCEf17qBQ7YCHDyhIZjukILV3JqkgHe0ITJaqMVm-qo' +
  'xqSXoAJgpj64yravVsR2cAsZndD8oSGpPUo6sqTW8VGtAEojIHpBWEB9TCvlm8qerlVS3Q0Rk_V0-AekOqiwKAdkjsu2B9fg' +
  '9o8ljvAc3mLLqOJTuM3DgfexBPjgbdnWUj390G4TGz7dCE_ED8-bb8iEdwHrWz5Z3BLfYYHrgFKE6N75ihpH4AHhKhFmyLoZ' +
  '4inJlPLdAWixr4x3xqQbZY1KMgKidCLcAWe-Uyd444DTuIUy7SRWspTwV5GZtuo9bG-rqlc8oQeB0hF2g4nEqeWzAlzJ7tVn' +
  'tuT8uVWbIW4nQZ7N6JmY1L2EL7wwM2jhGm6WS30HpbGGvuQYQ1-bsEg7rMQjoZs1qvYUo8_kAsrMwj_ky2HrbEzfoZjVUxQe' +
  'ULtMCa343nBW5ykqmZTPpJJO-0p_0kiLVRZjWvFv6d1toSvcLpSdh3iDxuh5zI3zxS5dva4LKfKJVkGJh_msC7zfnlsIgevR' +
  'lrM1y8s2k6-FAcOkIuaKszWPXtcnW4EOkbq89yslNlSYvvZX103DfjBbUMXErKQUkVZU1nzDGvHpxDR0Ta3r_mJu7RJ76FHB' +
  'u547iqiF2iTTqGDU0QKI8Nb6s9RcB0qEgBbL_CTeNxWuyjjeM1kf8Ngq5kH5BUQjT5PYkor9tZcLCHFxftwI8bndClAmQeOz' +
  'CDPshDXi_x0ny19VWnR5DJNBxbZ2Aap00vmKa77h8';

/** CRC-32 of the v1 dictionary's UTF-8 bytes when v1 was defined. */
export const dictionaryV1Crc32 = '9d8c47d8';
