// Package krait documents krait's own rules, in the K range, which live in
// the sub-packages of checks/krait:
//
//	K101–K199  fixes for bandit false negatives, reported under their own
//	           ids so bandit's ids keep bandit's exact behaviour:
//	  K101 hardcoded_password_annotated   secrets in annotated assignments
//	  K102 hardcoded_password_default_ext keyword-only and async def defaults
//	  K103 hardcoded_password_camelcase   camelCase password-like names
//	  K104 httpx_without_timeout          httpx calls without timeout (off by default)
//	  K105 tarfile_extract_without_filter tarfile extract() without filter=
//	  K106 zipfile_extractall             zipfile extractall of archives
//	  K107 torch_load_unsafe_alias        torch.load reached without `import torch`
//	  K108 numpy_load_allow_pickle        numpy.load(allow_pickle=True)
//	  K109 joblib_load                    joblib.load (unpickles)
//	  K110 subprocess_partial_shell       functools.partial(subprocess..., shell=True)
//	  K111 subprocess_explicit_shell      ["bash", "-c", cmd] argument lists (bandit#609)
//	  K112 yaml_unsafe_loaders            yaml.unsafe_load/full_load/load_all
//	  K113 requests_request_without_timeout requests.request without timeout
//	  K114 exception_details_in_response  stack traces and exception messages sent to clients
//	  K115 static_iv_or_nonce             ciphers given a constant IV or nonce
package krait
