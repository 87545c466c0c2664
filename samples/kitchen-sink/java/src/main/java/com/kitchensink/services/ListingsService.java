package com.kitchensink.services;

import com.kitchensink.core.ApiResponse;
import com.kitchensink.core.HttpExecutor;
import com.kitchensink.core.Page;
import com.kitchensink.core.RequestOptions;
import com.kitchensink.models.Contact;
import com.kitchensink.models.ListChargesParams;
import com.kitchensink.models.ListChargesResponse;
import com.kitchensink.models.ListContactsParams;
import com.kitchensink.models.ListNotesParams;
import com.kitchensink.models.ListNotesResponse;
import com.kitchensink.models.ListTagsParams;
import java.util.List;

/** Lists that page the ways real APIs do, found without x-pagination. */
public final class ListingsService {
  private final HttpExecutor executor;

  private final WithRawResponse withRawResponse;

  /**
   * Created by the client; use its accessor instead.
   *
   * @param executor sends the requests
   */
  public ListingsService(HttpExecutor executor) {
    this.executor = executor;
    this.withRawResponse = new WithRawResponse(executor);
  }

  /** The same operations, returning the status and headers with the decoded body. */
  public WithRawResponse withRawResponse() {
    return withRawResponse;
  }

  /**
   * List contacts; the next page is in the Link header.
   *
   * <p><code>GET /listings/contacts</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Contact> listContacts(ListContactsParams params, RequestOptions options) {
    return executor.page(
        ListingsEndpoints.listContacts(params),
        options,
        ListingsEndpoints.LIST_CONTACTS,
        ListingsEndpoints.LIST_CONTACTS_PAGING,
        params.limit().orElse(0));
  }

  /**
   * List contacts; the next page is in the Link header.
   *
   * <p><code>GET /listings/contacts</code>
   *
   * @param params the operation's parameters
   */
  public Page<Contact> listContacts(ListContactsParams params) {
    return listContacts(params, RequestOptions.none());
  }

  /**
   * List contacts; the next page is in the Link header.
   *
   * <p><code>GET /listings/contacts</code>
   */
  public Page<Contact> listContacts() {
    return listContacts(ListContactsParams.builder().build(), RequestOptions.none());
  }

  /**
   * List charges; has_more with the last item's id as the cursor.
   *
   * <p><code>GET /listings/charges</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Contact> listCharges(ListChargesParams params, RequestOptions options) {
    return executor.page(
        ListingsEndpoints.listCharges(params),
        options,
        ListingsEndpoints.LIST_CHARGES,
        ListingsEndpoints.LIST_CHARGES_PAGING,
        params.maxItems().orElse(0));
  }

  /**
   * List charges; has_more with the last item's id as the cursor.
   *
   * <p><code>GET /listings/charges</code>
   *
   * @param params the operation's parameters
   */
  public Page<Contact> listCharges(ListChargesParams params) {
    return listCharges(params, RequestOptions.none());
  }

  /**
   * List charges; has_more with the last item's id as the cursor.
   *
   * <p><code>GET /listings/charges</code>
   */
  public Page<Contact> listCharges() {
    return listCharges(ListChargesParams.builder().build(), RequestOptions.none());
  }

  /**
   * List notes; the page holds the next page's token.
   *
   * <p><code>GET /listings/notes</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Contact> listNotes(ListNotesParams params, RequestOptions options) {
    return executor.page(
        ListingsEndpoints.listNotes(params),
        options,
        ListingsEndpoints.LIST_NOTES,
        ListingsEndpoints.LIST_NOTES_PAGING,
        params.limit().orElse(0));
  }

  /**
   * List notes; the page holds the next page's token.
   *
   * <p><code>GET /listings/notes</code>
   *
   * @param params the operation's parameters
   */
  public Page<Contact> listNotes(ListNotesParams params) {
    return listNotes(params, RequestOptions.none());
  }

  /**
   * List notes; the page holds the next page's token.
   *
   * <p><code>GET /listings/notes</code>
   */
  public Page<Contact> listNotes() {
    return listNotes(ListNotesParams.builder().build(), RequestOptions.none());
  }

  /**
   * List tags by page number; a short page is the last.
   *
   * <p><code>GET /listings/tags</code>
   *
   * @param params the operation's parameters
   * @param options settings for this call only
   */
  public Page<Contact> listTags(ListTagsParams params, RequestOptions options) {
    return executor.page(
        ListingsEndpoints.listTags(params),
        options,
        ListingsEndpoints.LIST_TAGS,
        ListingsEndpoints.LIST_TAGS_PAGING,
        params.limit().orElse(0));
  }

  /**
   * List tags by page number; a short page is the last.
   *
   * <p><code>GET /listings/tags</code>
   *
   * @param params the operation's parameters
   */
  public Page<Contact> listTags(ListTagsParams params) {
    return listTags(params, RequestOptions.none());
  }

  /**
   * List tags by page number; a short page is the last.
   *
   * <p><code>GET /listings/tags</code>
   */
  public Page<Contact> listTags() {
    return listTags(ListTagsParams.builder().build(), RequestOptions.none());
  }

  /** Operations that return an {@link ApiResponse}: status, headers and body. */
  public static final class WithRawResponse {
    private final HttpExecutor executor;

    WithRawResponse(HttpExecutor executor) {
      this.executor = executor;
    }

    /**
     * List contacts; the next page is in the Link header.
     *
     * <p><code>GET /listings/contacts</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<List<Contact>> listContacts(
        ListContactsParams params, RequestOptions options) {
      return executor.execute(
          ListingsEndpoints.listContacts(params), options, ListingsEndpoints.LIST_CONTACTS);
    }

    /**
     * List contacts; the next page is in the Link header.
     *
     * <p><code>GET /listings/contacts</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<List<Contact>> listContacts(ListContactsParams params) {
      return listContacts(params, RequestOptions.none());
    }

    /**
     * List contacts; the next page is in the Link header.
     *
     * <p><code>GET /listings/contacts</code>
     */
    public ApiResponse<List<Contact>> listContacts() {
      return listContacts(ListContactsParams.builder().build(), RequestOptions.none());
    }

    /**
     * List charges; has_more with the last item's id as the cursor.
     *
     * <p><code>GET /listings/charges</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<ListChargesResponse> listCharges(
        ListChargesParams params, RequestOptions options) {
      return executor.execute(
          ListingsEndpoints.listCharges(params), options, ListingsEndpoints.LIST_CHARGES);
    }

    /**
     * List charges; has_more with the last item's id as the cursor.
     *
     * <p><code>GET /listings/charges</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<ListChargesResponse> listCharges(ListChargesParams params) {
      return listCharges(params, RequestOptions.none());
    }

    /**
     * List charges; has_more with the last item's id as the cursor.
     *
     * <p><code>GET /listings/charges</code>
     */
    public ApiResponse<ListChargesResponse> listCharges() {
      return listCharges(ListChargesParams.builder().build(), RequestOptions.none());
    }

    /**
     * List notes; the page holds the next page's token.
     *
     * <p><code>GET /listings/notes</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<ListNotesResponse> listNotes(
        ListNotesParams params, RequestOptions options) {
      return executor.execute(
          ListingsEndpoints.listNotes(params), options, ListingsEndpoints.LIST_NOTES);
    }

    /**
     * List notes; the page holds the next page's token.
     *
     * <p><code>GET /listings/notes</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<ListNotesResponse> listNotes(ListNotesParams params) {
      return listNotes(params, RequestOptions.none());
    }

    /**
     * List notes; the page holds the next page's token.
     *
     * <p><code>GET /listings/notes</code>
     */
    public ApiResponse<ListNotesResponse> listNotes() {
      return listNotes(ListNotesParams.builder().build(), RequestOptions.none());
    }

    /**
     * List tags by page number; a short page is the last.
     *
     * <p><code>GET /listings/tags</code>
     *
     * @param params the operation's parameters
     * @param options settings for this call only
     */
    public ApiResponse<List<Contact>> listTags(ListTagsParams params, RequestOptions options) {
      return executor.execute(
          ListingsEndpoints.listTags(params), options, ListingsEndpoints.LIST_TAGS);
    }

    /**
     * List tags by page number; a short page is the last.
     *
     * <p><code>GET /listings/tags</code>
     *
     * @param params the operation's parameters
     */
    public ApiResponse<List<Contact>> listTags(ListTagsParams params) {
      return listTags(params, RequestOptions.none());
    }

    /**
     * List tags by page number; a short page is the last.
     *
     * <p><code>GET /listings/tags</code>
     */
    public ApiResponse<List<Contact>> listTags() {
      return listTags(ListTagsParams.builder().build(), RequestOptions.none());
    }
  }
}
