package test.hostile.services;

import test.hostile.core.ApiRequest;
import test.hostile.core.ResponseHandler;
import test.hostile.models.OddNames;
import test.hostile.models._2faParams;

/** Requests and response handling of {@link _2faService}. */
@SuppressWarnings("deprecation")
final class _2faEndpoints {
  static final ResponseHandler<OddNames> _2FA = ResponseHandler.json(OddNames.class);

  private _2faEndpoints() {}

  static ApiRequest _2fa(_2faParams params) {
    return ApiRequest.builder("POST", "/2fa/{code}")
        .pathParam("code", params.code())
        .query("l", params.l())
        .build();
  }
}
